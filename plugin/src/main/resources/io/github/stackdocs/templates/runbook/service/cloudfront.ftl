<#assign namespace = "AWS/CloudFront (us-east-1)">
<#assign metrics = [
  ["5xxErrorRate", "share of requests with a 5xx status"],
  ["4xxErrorRate", "share of requests with a 4xx status"],
  ["Requests", "viewer requests"],
  ["OriginLatency", "time the origin takes (additional metrics must be enabled)"]
]>
<#assign failures = [
  ["5xx errors", "The origin fails or is unreachable (502/504); check the origin's own health and the origin's security settings."],
  ["Stale content after a release", "Create an invalidation for the changed paths, or use versioned file names."]
]>
<#macro logNotes></#macro>
