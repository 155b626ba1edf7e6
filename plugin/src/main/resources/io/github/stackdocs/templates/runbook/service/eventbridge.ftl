<#assign namespace = "AWS/Events">
<#assign metrics = [
  ["Invocations", "times the rule sent events to targets"],
  ["FailedInvocations", "events the rule could not deliver"],
  ["TriggeredRules", "rules that matched an event"],
  ["ThrottledRules", "rules throttled"]
]>
<#assign failures = [
  ["Targets not invoked", "TriggeredRules stays zero: the event pattern no longer matches; FailedInvocations: check the target's permissions and the rule's DLQ."],
  ["Schedule missed", "Check the rule's State (ENABLED) and ScheduleExpression."]
]>
<#macro logNotes></#macro>
