aws ecs update-service --cluster prod --service orders-api --force-new-deployment
