aws ecs update-service --cluster prod --service orders-api \
  --enable-execute-command --force-new-deployment --region us-east-1

aws ecs execute-command --cluster prod \
  --task 0f9a8e7d6c5b4a3921100fedcba98765 \
  --container orders-api --interactive \
  --command "/bin/sh" --region us-east-1
