<#assign namespace = "AWS/ApiGateway">
<#assign metrics = [
  ["5xx", "server-side errors of the integrations"],
  ["4xx", "client errors, including throttling (429)"],
  ["Latency", "total time per request"],
  ["IntegrationLatency", "time spent in the backend"],
  ["Count", "requests"]
]>
<#assign failures = [
  ["5xx responses", "Look at the integration (Lambda errors, HTTP backend health); HTTP APIs time out integrations after 30 s."],
  ["429 responses", "Default route or stage throttling limits are reached; compare Count with the stage's throttle settings."],
  ["CORS or auth failures", "Check the API's CorsConfiguration and the route's authorizer; browsers show CORS errors for failed preflights."]
]>
<#macro logNotes>
HTTP APIs write access logs only when the stage has AccessLogSettings.
</#macro>
