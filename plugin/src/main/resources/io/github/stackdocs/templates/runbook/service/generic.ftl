<#assign namespace = "see the service's documentation">
<#assign metrics = [["(service specific)", "stackdocs has no metric list for this type; add the ones you watch to the Notes section"]]>
<#assign failures = [
  ["It fails to create or update", "Read the stack events of " + rb.stack + " for this logical id; the status reason names the failing property."],
  ["Its dependents in other stacks fail", "Check the blast radius above; the other stacks use this resource through an export, so a replacement changes the value they import."]
]>
<#macro logNotes></#macro>
