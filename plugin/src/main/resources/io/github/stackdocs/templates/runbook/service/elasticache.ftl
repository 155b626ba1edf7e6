<#assign namespace = "AWS/ElastiCache">
<#assign metrics = [
  ["EngineCPUUtilization", "CPU of the Redis/Valkey engine thread"],
  ["DatabaseMemoryUsagePercentage", "memory used; at the limit keys are evicted"],
  ["Evictions", "keys evicted for lack of memory"],
  ["CurrConnections", "client connections"],
  ["ReplicationLag", "replica delay"]
]>
<#assign failures = [
  ["Evictions or memory pressure", "Scale up the node type or add shards; check for keys without TTL."],
  ["Failover", "Clients must use the primary endpoint name; a failover takes under a minute with Multi-AZ."]
]>
<#macro logNotes></#macro>
