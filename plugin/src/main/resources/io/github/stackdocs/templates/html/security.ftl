<#-- Security views of the stack: what is reachable from the internet, and who can do what on which resource. -->
<#if stack.security??>
<#assign sec = stack.security>
<#include "security-parts.ftl">
<section>
<@h 2 "security" "Security"/>
<p><#if sec.environment?has_content>With the values of environment ${sec.environment}. </#if>Read from the templates: what
the stack makes reachable from the internet, and every grant of its IAM and resource policies, with wildcards, other
accounts and anyone flagged.</p>
<@h 3 "exposure" "Exposure"/>
<#if sec.exposure?has_content>
<@exposureTable sec.exposure/>
<#else>
<p>Nothing in this stack is reachable from the internet.</p>
</#if>
<@h 3 "access" "Access"/>
<#if sec.access?has_content>
<p>${sec.grants} grant<#if sec.grants != 1>s</#if>, ${sec.flagged} flagged.</p>
<@accessTable sec.access/>
<#else>
<p>No IAM or resource policies.</p>
</#if>
</section>
</#if>
