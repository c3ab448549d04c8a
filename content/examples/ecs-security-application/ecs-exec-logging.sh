aws ecs update-cluster --cluster prod --region us-east-1 \
  --configuration 'executeCommandConfiguration={logging=OVERRIDE,logConfiguration={cloudWatchLogGroupName=/ecs/exec-sessions}}'
