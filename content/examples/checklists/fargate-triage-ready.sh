aws ecs update-service --cluster prod --service orders-api \
  --enable-execute-command --force-new-deployment --region us-east-1
