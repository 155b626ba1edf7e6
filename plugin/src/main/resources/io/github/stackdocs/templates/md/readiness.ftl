<#-- The stack's readiness scorecard: every check on the stack and its resources, failing first. -->
<#assign rd = project.readiness.stack(stack.name)!"">
<#if rd?has_content>
<a id="readiness"></a>
## Readiness

**${rd.score.badge}**<#if rd.environment?has_content>, with the values of environment ${rd.environment}</#if>. Failing
checks first, each with where the template is at fault and how to fix it; the annotations file can waive a check or
change its severity, with a reason shown here.

| Status | Check | Resource | Severity | What was found | Where | Fix, or why waived |
|---|---|---|---|---|---|---|
<#list rd.rows as r>
| <#if r.status == "FAIL">**FAIL**<#else>${r.status}</#if> | ${r.check} | <#if r.resource??><@link r.resource/><#else>(stack)</#if> | ${r.severity} | ${r.detail} | ${r.location} | <#if r.waiver?has_content><#if r.status == "WAIVED">waived<#else>severity set</#if>: ${r.waiver} (${r.waiverLocation})<#elseif r.status == "FAIL">${r.fix}</#if> |
</#list>

</#if>
