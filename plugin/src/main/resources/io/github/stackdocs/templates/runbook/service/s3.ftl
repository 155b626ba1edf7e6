<#assign namespace = "AWS/S3">
<#assign metrics = [
  ["BucketSizeBytes", "stored bytes (daily storage metric)"],
  ["NumberOfObjects", "object count (daily storage metric)"],
  ["4xxErrors", "client errors; request metrics must be enabled on the bucket"],
  ["5xxErrors", "server errors; request metrics must be enabled on the bucket"]
]>
<#assign failures = [
  ["Objects deleted or overwritten by mistake", "With versioning on, restore the previous version (or delete the delete marker); without it the data is gone."],
  ["Access denied", "Check the bucket policy, Block Public Access settings and the caller's role; KMS-encrypted buckets also need kms:Decrypt."]
]>
<#macro logNotes></#macro>
