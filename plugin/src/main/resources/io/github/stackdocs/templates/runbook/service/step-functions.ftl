<#assign namespace = "AWS/States">
<#assign metrics = [
  ["ExecutionsFailed", "executions that failed"],
  ["ExecutionsTimedOut", "executions that ran past their timeout"],
  ["ExecutionThrottled", "state transitions throttled"],
  ["ExecutionTime", "execution duration"]
]>
<#assign failures = [
  ["Executions fail", "Open a failed execution's event history: the failing state and its error and cause are named; fix the task and redrive or restart it."],
  ["Executions time out", "A task waits on a callback or a slow service; check the state's TimeoutSeconds and the service it calls."]
]>
<#macro logNotes></#macro>
