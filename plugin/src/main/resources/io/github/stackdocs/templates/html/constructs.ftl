<#if stack.cdk?? && stack.cdk.constructTree?has_content>
<section>
<@h 2 "constructs" "Construct tree"/>
<ul class="sd-tree">
<#list stack.cdk.constructTree as c>
<li style="--depth:${c.depth}">${c.name}<#if c.type?has_content> (${code(c.type)})</#if><#if c.resources?has_content>: <@links c.resources/></#if></li>
</#list>
</ul>
</section>
</#if>
