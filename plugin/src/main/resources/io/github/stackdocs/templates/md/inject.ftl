<#-- One section injected between markers into a README (stackdocs inject): a table or a diagram with no heading
     and no links into the doc site, so it reads the same wherever the file lives. Model: project, section, and
     stack for the sections of one stack. -->
<#if section == "stacks">
<#if project.stackRows?has_content>
| Stack | Description | Resources | Parameters | Outputs | Source file |
|---|---|---|---|---|---|
<#list project.stackRows as s>
| ${s.link.text} | ${s.summary} | ${s.resources} | ${s.parameters} | ${s.outputs} | ${s.sourceFile} |
</#list>
<#else>
No stacks.
</#if>
<#elseif section == "readiness">
<#assign rd = project.readiness>
<#if rd.shown()>
**${rd.score.badge}**<#if rd.environment?has_content>, with the values of environment ${rd.environment}</#if>.

| Stack | Score | Passed | Failed | Waived | Decided at deploy time |
|---|---|---|---|---|---|
<#list rd.stacks as s>
| ${s.stack.text} | ${s.score.percent}% | ${s.score.passed} | ${s.score.failed} | ${s.score.waived} | ${s.score.unknown} |
</#list>
<#else>
No readiness checks.
</#if>
<#elseif section == "parameters">
<#if stack.parameterCount gt 0>
| Parameter | Type | Default | Constraints | Description |
|---|---|---|---|---|
<#list stack.parameterGroups as g>
<#list g.parameters as p>
| ${p.name} | ${p.type} | ${p.defaultValue} | ${p.constraints?join("; ")} | ${p.description} |
</#list>
</#list>
<#else>
No parameters.
</#if>
<#elseif section == "outputs">
<#if stack.outputs?has_content>
| Output | Value | Export | Description |
|---|---|---|---|
<#list stack.outputs as o>
| ${o.name} | ${code(o.value)} | ${o.exportName} | ${o.description} |
</#list>
<#else>
No outputs.
</#if>
<#elseif section == "resources">
<#if stack.resourceCount gt 0>
| Resource | Type | Service |
|---|---|---|
<#list stack.services as s>
<#list s.resources as r>
| ${r.logicalId} | ${r.type} | ${s.name} |
</#list>
</#list>
<#else>
No resources.
</#if>
<#elseif section == "diagram">
```mermaid
${diagram?no_esc}
```
</#if>
