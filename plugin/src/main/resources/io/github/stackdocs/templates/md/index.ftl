<#include "lib.ftl">
# ${project.name?has_content?then(project.name, "Infrastructure")}

<a id="stacks"></a>
## Stacks

<#if project.stackRows?has_content>
| Stack | Description | Resources | Parameters | Outputs | Source file |
|---|---|---|---|---|---|
<#list project.stackRows as s>
| <@link s.link/> | ${s.summary} | ${s.resources} | ${s.parameters} | ${s.outputs} | ${s.sourceFile} |
</#list>
<#else>
No stacks.
</#if>

<#include "owners.ftl">
<#if incidents?? && incidents.all?has_content>
<a id="past-incidents"></a>
## Past incidents

${incidents.all?size} <#if incidents.all?size == 1>incident<#else>incidents</#if> from the annotations file, the latest on ${incidents.all[0].date}: see the [incidents page](${incidentsPage}.md).

</#if>
<a id="cross-stack-dependencies"></a>
## Cross-stack dependencies

<#if project.stacks?size gt 1>
```mermaid
${project.diagram?no_esc}
```

</#if>
<#if project.stackDependencies?has_content>
| Importing stack | Exporting stack | Exports |
|---|---|---|
<#list project.stackDependencies as d>
| <@link d.importing/> | <@link d.exporting/> | ${d.exports?join(", ")} |
</#list>
<#else>
No stack imports an export of another stack.
</#if>

<a id="exports"></a>
## Exports

<#if project.exports?has_content>
| Export | Stack | Output | Imports |
|---|---|---|---|
<#list project.exports as e>
| ${e.name} | <@link e.stack/> | <@link e.output/> | ${e.importers} |
</#list>
<#else>
No exports.
</#if>

<#include "security-overview.ftl">
<#include "readiness-overview.ftl">
<#include "drift.ftl">
<#include "coverage.ftl">
<a id="findings"></a>
## Findings

| Severity | Count |
|---|---|
<#list project.findingSummary as c>
| ${c.severity} | ${c.count} |
</#list>

<#if project.findings?has_content>
| Severity | Location | Stack | Message |
|---|---|---|---|
<#list project.findings as f>
| ${f.severity} | ${f.location} | ${f.stack} | ${f.message} |
</#list>
</#if>
