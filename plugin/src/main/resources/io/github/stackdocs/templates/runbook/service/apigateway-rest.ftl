<#assign namespace = "AWS/ApiGateway">
<#assign metrics = [
  ["5XXError", "server-side errors: the integration (Lambda, HTTP backend) failed or timed out"],
  ["4XXError", "client errors: bad requests, missing auth, throttled callers (429)"],
  ["Latency", "total time per request, including the integration"],
  ["IntegrationLatency", "time spent in the backend; Latency minus this is API Gateway's own time"],
  ["Count", "requests; a drop to zero means clients cannot reach the API"]
]>
<#assign failures = [
  ["5xx responses", "Check IntegrationLatency and the backend's own errors (the Lambda behind the method); a 29 s integration timeout shows as 504."],
  ["429 Too Many Requests", "Stage or usage-plan throttling: compare Count with the stage's ThrottlingRateLimit and ThrottlingBurstLimit."],
  ["403 after a change", "Authorization (IAM, authorizer, resource policy) or a missing deployment: methods changed without a new Deployment are not live."]
]>
<#macro logNotes></#macro>
