<#assign namespace = "AWS/SNS">
<#assign metrics = [
  ["NumberOfMessagesPublished", "messages published to the topic"],
  ["NumberOfNotificationsDelivered", "successful deliveries to subscribers"],
  ["NumberOfNotificationsFailed", "failed deliveries (after retries)"],
  ["NumberOfNotificationsFilteredOut", "messages a subscription filter policy dropped"]
]>
<#assign failures = [
  ["Deliveries fail", "NumberOfNotificationsFailed rises: check the subscriber (queue policy, HTTPS endpoint health, Lambda permission); set a redrive policy on the subscription to keep failed messages."],
  ["Subscribers receive nothing", "Check the subscription's FilterPolicy and that publishers still publish (NumberOfMessagesPublished)."]
]>
<#macro logNotes>
Delivery status logging (per protocol) is off unless configured on the topic.
</#macro>
