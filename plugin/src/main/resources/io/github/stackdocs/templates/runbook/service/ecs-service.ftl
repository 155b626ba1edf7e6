<#assign namespace = "AWS/ECS">
<#assign metrics = [
  ["CPUUtilization", "service CPU use against the task size"],
  ["MemoryUtilization", "service memory use; at 100 % tasks are killed (OOM)"],
  ["RunningTaskCount", "tasks running (Container Insights, ECS/ContainerInsights)"]
]>
<#assign failures = [
  ["Tasks keep stopping", "Read the stopped reason of recent tasks (aws ecs describe-tasks): failed health checks, OOM, image pull errors."],
  ["Deployment stuck", "The new task definition never becomes healthy; the deployment circuit breaker (if set) rolls back, else update the service to the previous task definition."],
  ["Load balancer 5xx", "Check the target group's healthy host count and the container logs (the task definition's awslogs-group)."]
]>
<#macro logNotes>
Container logs go where the task definition's LogConfiguration sends them (usually the awslogs-group option).
</#macro>
