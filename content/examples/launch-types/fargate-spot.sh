aws ecs put-cluster-capacity-providers \
  --cluster prod \
  --capacity-providers FARGATE FARGATE_SPOT \
  --default-capacity-provider-strategy capacityProvider=FARGATE,weight=1 \
  --region us-east-1

aws ecs create-service \
  --cluster prod \
  --service-name thumbnail-worker \
  --task-definition thumbnail-worker:7 \
  --desired-count 5 \
  --capacity-provider-strategy \
      capacityProvider=FARGATE,base=1,weight=1 \
      capacityProvider=FARGATE_SPOT,weight=3 \
  --network-configuration "awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f60718],securityGroups=[sg-0fedcba9876543210],assignPublicIp=DISABLED}" \
  --region us-east-1
