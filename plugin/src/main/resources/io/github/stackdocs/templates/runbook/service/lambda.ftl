<#assign namespace = "AWS/Lambda">
<#assign metrics = [
  ["Errors", "invocations that ended in a function error (exceptions, timeouts)"],
  ["Throttles", "invocations rejected because concurrency ran out"],
  ["Duration", "run time per invocation; compare p99 with the configured Timeout"],
  ["Invocations", "how often it runs; a drop to zero means callers stopped calling"],
  ["ConcurrentExecutions", "parallel executions; near the account or reserved limit means throttling next"],
  ["IteratorAge", "for stream event sources: how far behind the function is"]
]>
<#assign failures = [
  ["Errors rise after a deployment", "Compare the error start with the last deployment of the stack; roll back to the previous code version (the Code property) and read the log group for the stack trace."],
  ["Timeouts", "Duration at the configured Timeout: look for a slow dependency (see Uses above) in the logs; raise Timeout only after finding the cause."],
  ["Throttling", "Throttles above zero: check ConcurrentExecutions against reserved concurrency and the account limit; callers retry, queues back up."],
  ["Permission errors (AccessDenied)", "The execution role lacks an action or resource; the log line names both. Fix the role's policy in the template."]
]>
<#macro logNotes>
Search the last hour of errors: `aws logs tail <log group> --since 1h --filter-pattern ERROR`.
</#macro>
