aws ecr put-registry-scanning-configuration \
  --scan-type ENHANCED \
  --rules '[
    {"scanFrequency":"CONTINUOUS_SCAN","repositoryFilters":[{"filter":"orders-*","filterType":"WILDCARD"}]},
    {"scanFrequency":"SCAN_ON_PUSH","repositoryFilters":[{"filter":"*","filterType":"WILDCARD"}]}
  ]'
