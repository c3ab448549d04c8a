aws configservice put-config-rule --config-rule '{
  "ConfigRuleName": "ecs-containers-nonprivileged",
  "Source": { "Owner": "AWS", "SourceIdentifier": "ECS_CONTAINERS_NONPRIVILEGED" },
  "Scope": { "ComplianceResourceTypes": ["AWS::ECS::TaskDefinition"] }
}'
