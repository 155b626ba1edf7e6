<#assign namespace = "AWS/Kinesis">
<#assign metrics = [
  ["GetRecords.IteratorAgeMilliseconds", "how far behind consumers are"],
  ["WriteProvisionedThroughputExceeded", "writes throttled by shard limits"],
  ["ReadProvisionedThroughputExceeded", "reads throttled by shard limits"],
  ["IncomingRecords", "records written"]
]>
<#assign failures = [
  ["Consumers fall behind", "Iterator age rises: the consumer errors or is too slow; records older than the retention period are lost."],
  ["Write throttling", "Add shards (or use on-demand mode) or spread partition keys."]
]>
<#macro logNotes></#macro>
