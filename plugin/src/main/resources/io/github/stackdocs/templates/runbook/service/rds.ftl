<#assign namespace = "AWS/RDS">
<#assign metrics = [
  ["CPUUtilization", "database CPU"],
  ["DatabaseConnections", "open connections; near max_connections means refused connections next"],
  ["FreeStorageSpace", "free disk (instances); zero stops writes"],
  ["FreeableMemory", "memory available"],
  ["ReadLatency", "storage read latency"],
  ["WriteLatency", "storage write latency"],
  ["ReplicaLag", "read replica delay"]
]>
<#assign failures = [
  ["Connections refused", "DatabaseConnections at the limit: find the client leaking connections; RDS Proxy pools them."],
  ["Storage full", "FreeStorageSpace near zero: raise AllocatedStorage or enable storage autoscaling (MaxAllocatedStorage)."],
  ["Data loss or corruption", "Restore a snapshot or point in time to a new instance (see Recovery), then switch clients to it."],
  ["Failover", "Multi-AZ failover takes one to two minutes; clients must reconnect through the endpoint name, not an IP."]
]>
<#macro logNotes></#macro>
