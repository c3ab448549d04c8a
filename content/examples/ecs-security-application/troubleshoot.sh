aws ecs describe-services --cluster prod --services orders-api \
  --query 'services[0].events[:5].[createdAt,message]' --output text --region us-east-1
aws ecs describe-tasks --cluster prod --tasks 5f3c9a1e2b4d4e6f8a0b1c2d3e4f5a6b --region us-east-1 \
  --query 'tasks[0].{stopCode:stopCode,reason:stoppedReason,containers:containers[].{name:name,exitCode:exitCode,reason:reason}}'
aws logs tail /ecs/orders-api --since 30m --region us-east-1
