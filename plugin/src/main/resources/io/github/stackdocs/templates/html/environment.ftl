<#assign env = stack.environment>
<#if env.shown()>
<section>
<@h 2 "environment" "Environment"/>
<#if env.builtIn>
<p>Values are those of the parameter defaults: no environment is configured.</p>
<#else>
<p>Values are those of environment <strong>${env.name}</strong><#if env.details?has_content> (${env.details})</#if>.<#if env.others?has_content> Other environments: ${env.others?join(", ")}.</#if></p>
</#if>
<#if env.notCreated?has_content>
<@h 3 "not-created" "Not created" + env.builtIn?then(" with the parameter defaults", " in " + env.name)/>
<@table ["Kind", "Id", "Type", "Condition (false)"]>
<#list env.notCreated as n>
<tr><td>${n.kind}</td><td>${n.id}</td><td>${n.type}</td><td>${n.condition}</td></tr>
</#list>
</@table>
</#if>
<#if env.differences?has_content>
<@h 3 "environment-differences" "Differences between environments"/>
<@table ["What"] + env.names>
<#list env.differences as d>
<tr><td>${d.what}</td><#list d.values as v><td>${code(v)}</td></#list></tr>
</#list>
</@table>
<#if env.moreDifferences gt 0>
<p class="sd-more">And ${env.moreDifferences} more <#if env.moreDifferences == 1>difference<#else>differences</#if>.</p>
</#if>
</#if>
</section>
</#if>
