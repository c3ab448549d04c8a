aws ecs update-service --cluster prod --service orders-api \
  --enable-execute-command --force-new-deployment --region us-east-1
aws ecs execute-command --cluster prod --task 5f3c9a1e2b4d4e6f8a0b1c2d3e4f5a6b \
  --container orders-api --interactive --command "/bin/sh" --region us-east-1
