<#-- The project's readiness scorecard: the score per stack, failures per check, the failing and the waived checks. -->
<#assign rd = project.readiness>
<#if rd.shown()>
<section>
<@h 2 "readiness" "Readiness"/>
<p><strong>${rd.score.badge}</strong><#if rd.environment?has_content>, with the values of environment ${rd.environment}</#if>. Is each
stack ready to run: alarms, log retention, dead letters, backups and deletion policies, multi-AZ, encryption at rest,
alarms that notify, runbooks filled in, owner and on-call. Each stack page lists every check.</p>
<@table ["Stack", "Score", "Passed", "Failed", "Waived", "Decided at deploy time"]>
<#list rd.stacks as s>
<tr><td><@link s.stack/></td><td>${s.score.percent}%</td><td>${s.score.passed}</td><td>${s.score.failed}</td><td>${s.score.waived}</td><td>${s.score.unknown}</td></tr>
</#list>
</@table>
<#if rd.failedByCheck?has_content>
<@table ["Check", "Severity", "Failed", "Passing means"]>
<#list rd.failedByCheck as c>
<tr><td>${c.check}</td><td>${c.severity}</td><td>${c.failed}</td><td>${c.title}</td></tr>
</#list>
</@table>
<@table ["Severity", "Check", "Resource", "What was found", "Where", "Fix"]>
<#list rd.failing as r>
<tr><td>${r.severity}</td><td>${r.check}</td><td><#if r.resource??><@link r.resource/><#else>${r.subject}</#if></td><td>${r.detail}</td><td>${r.location}</td><td>${r.fix}</td></tr>
</#list>
</@table>
<#if rd.score.failed gt rd.failing?size>
<p>… and ${rd.score.failed - rd.failing?size} more on the stack pages.</p>
</#if>
</#if>
<#if rd.waived?has_content>
<@table ["Waived check", "Resource", "Reason", "Written at"]>
<#list rd.waived as r>
<tr><td>${r.check}</td><td><#if r.resource??><@link r.resource/><#else>${r.subject}</#if></td><td>${r.waiver}</td><td>${r.waiverLocation}</td></tr>
</#list>
</@table>
</#if>
</section>
</#if>
