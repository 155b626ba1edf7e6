<#if stack.nested?? && stack.nested.children?has_content>
<section>
<@h 2 "nested-stacks" "Nested stacks"/>
<#list stack.nested.children as c>
<h3>${c.resource.text}</h3>
<dl class="sd-facts">
<dt>Resource</dt><dd><@link c.resource/></dd>
<dt>Stack</dt><dd><#if c.stack??><@link c.stack/><#else>external template ${code(c.templateUrl)} (not loaded)</#if></dd>
<#if c.parameters?has_content><dt>Parameters passed in</dt><dd><#list c.parameters as p>${code(p.name + " = " + p.value)}<#sep>, </#list></dd></#if>
<#if c.outputsUsed?has_content><dt>Outputs used here</dt><dd><@links c.outputsUsed/></dd></#if>
</dl>
</#list>
</section>
</#if>
