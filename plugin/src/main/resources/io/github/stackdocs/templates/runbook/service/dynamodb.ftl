<#assign namespace = "AWS/DynamoDB">
<#assign metrics = [
  ["ThrottledRequests", "requests rejected for exceeding capacity (hot partition or provisioned limit)"],
  ["SystemErrors", "errors on the DynamoDB side (HTTP 500)"],
  ["UserErrors", "invalid requests (validation, conditional checks are ConditionalCheckFailedRequests)"],
  ["SuccessfulRequestLatency", "latency per operation"],
  ["ConsumedReadCapacityUnits", "read load; compare with provisioned capacity"],
  ["ConsumedWriteCapacityUnits", "write load; compare with provisioned capacity"]
]>
<#assign failures = [
  ["Throttling", "ThrottledRequests above zero: on-demand tables throttle on hot partitions (look at the key design); provisioned tables need more capacity or auto scaling."],
  ["Data deleted or corrupted by a bad release", "Restore to a new table from point-in-time recovery (if enabled below) to the second before the release, then copy the items back."],
  ["Elevated latency", "Check SuccessfulRequestLatency per operation; scans and large items are the usual cause."]
]>
<#macro logNotes>
Data-plane calls are logged only through CloudTrail data events, when they are turned on.
</#macro>
