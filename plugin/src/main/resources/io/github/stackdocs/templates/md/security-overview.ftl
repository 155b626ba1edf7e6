<#-- The project's security overview: every exposure, and the flagged grants of every stack. -->
<#assign sec = project.security>
<#include "security-parts.ftl">
<a id="security"></a>
## Security

<#if sec.environment?has_content>With the values of environment ${sec.environment}. </#if>What the stacks make
reachable from the internet, and the grants that need a reviewer's look (wildcards, other accounts, anyone); each
stack page lists all its grants.

<a id="exposure"></a>
### Exposure

<#if sec.exposure?has_content>
<@exposureTable sec.exposure/>
<#else>
Nothing in the project is reachable from the internet.
</#if>

<a id="access"></a>
### Access

${sec.flagged} of ${sec.grants} grant<#if sec.grants != 1>s</#if> flagged.

<#if sec.access?has_content>
<@accessTable sec.access/>

</#if>
