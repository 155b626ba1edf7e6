<#-- The stack's readiness scorecard: every check on the stack and its resources, failing first. -->
<#assign rd = project.readiness.stack(stack.name)!"">
<#if rd?has_content>
<section>
<@h 2 "readiness" "Readiness"/>
<p><strong>${rd.score.badge}</strong><#if rd.environment?has_content>, with the values of environment ${rd.environment}</#if>. Failing
checks first, each with where the template is at fault and how to fix it; the annotations file can waive a check or
change its severity, with a reason shown here.</p>
<@table ["Status", "Check", "Resource", "Severity", "What was found", "Where", "Fix, or why waived"]>
<#list rd.rows as r>
<tr><td><#if r.status == "FAIL"><strong>FAIL</strong><#else>${r.status}</#if></td><td title="${r.rationale}">${r.check}</td><td><#if r.resource??><@link r.resource/><#else>(stack)</#if></td><td>${r.severity}</td><td>${r.detail}</td><td>${r.location}</td><td><#if r.waiver?has_content><#if r.status == "WAIVED">waived<#else>severity set</#if>: ${r.waiver} (${r.waiverLocation})<#elseif r.status == "FAIL">${r.fix}</#if></td></tr>
</#list>
</@table>
</section>
</#if>
