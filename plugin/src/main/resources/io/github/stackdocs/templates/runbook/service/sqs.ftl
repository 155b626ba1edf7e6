<#assign namespace = "AWS/SQS">
<#assign metrics = [
  ["ApproximateNumberOfMessagesVisible", "the backlog waiting to be processed"],
  ["ApproximateAgeOfOldestMessage", "how long the oldest message has waited; the best lag signal"],
  ["NumberOfMessagesSent", "incoming messages"],
  ["NumberOfMessagesDeleted", "messages processed successfully"],
  ["ApproximateNumberOfMessagesNotVisible", "messages being processed right now (in flight)"]
]>
<#assign failures = [
  ["Backlog grows", "The consumer is down or too slow: check the consumer's errors and throttles (see Used by), then its concurrency."],
  ["Messages in the dead-letter queue", "Messages failed maxReceiveCount times. Read a few, fix the cause, then redrive them with a DLQ redrive (start-message-move-task)."],
  ["Duplicate processing", "VisibilityTimeout shorter than the consumer's run time lets a second consumer receive the message; set it to at least six times the function timeout."]
]>
<#macro logNotes></#macro>
