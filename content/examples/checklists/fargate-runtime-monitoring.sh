aws ecs update-service --cluster prod --service orders-api \
  --force-new-deployment --region us-east-1
