<#assign namespace = "AWS/EC2 (instances), AWS/AutoScaling (groups)">
<#assign metrics = [
  ["CPUUtilization", "instance CPU"],
  ["StatusCheckFailed", "instance or system status check failures"],
  ["GroupInServiceInstances", "Auto Scaling group: instances in service (group metrics must be enabled)"],
  ["GroupDesiredCapacity", "Auto Scaling group: the capacity it aims for"]
]>
<#assign failures = [
  ["Status check failed", "System check: stop and start the instance (moves it to new hardware). Instance check: look at the console output."],
  ["Group cannot launch instances", "Read the Auto Scaling activity history: capacity, launch template, subnet or quota problems are named there."]
]>
<#macro logNotes>
Instance logs reach CloudWatch only through the CloudWatch agent, if installed.
</#macro>
