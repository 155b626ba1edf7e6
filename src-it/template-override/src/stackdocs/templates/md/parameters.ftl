## Parameters

CUSTOM PARAMETERS SECTION from src/stackdocs/templates/md/parameters.ftl

