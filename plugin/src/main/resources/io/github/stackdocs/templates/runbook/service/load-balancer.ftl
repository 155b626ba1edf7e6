<#assign namespace = "AWS/ApplicationELB (ALB), AWS/NetworkELB (NLB), AWS/ELB (classic)">
<#assign metrics = [
  ["HTTPCode_ELB_5XX_Count", "5xx made by the load balancer itself (no healthy target, timeouts)"],
  ["HTTPCode_Target_5XX_Count", "5xx returned by targets"],
  ["TargetResponseTime", "time targets take to answer"],
  ["UnHealthyHostCount", "targets failing health checks"],
  ["HealthyHostCount", "targets passing health checks"]
]>
<#assign failures = [
  ["502/503 from the load balancer", "No healthy targets: check UnHealthyHostCount and the target group's health check path and port."],
  ["Slow responses", "TargetResponseTime rises: the targets are slow, not the load balancer; scale them or look at their dependencies."]
]>
<#macro logNotes>
Access logs go to S3 only when the load balancer attribute access_logs.s3.enabled is set.
</#macro>
