<#if stack.samShared?has_content>
<section>
<@h 2 "sam-shared" "Created by the SAM transform for several resources"/>
<@table ["Logical id", "Type", "Why"]>
<#list stack.samShared as i>
<tr><td>${code(i.logicalId)}</td><td>${i.type}</td><td>${i.reason}</td></tr>
</#list>
</@table>
</section>
</#if>
