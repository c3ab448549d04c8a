aws ecs list-tasks --cluster prod --service-name orders-api \
  --desired-status STOPPED --region us-east-1
aws ecs describe-tasks --cluster prod --region us-east-1 \
  --tasks 7c1d2e3f4a5b4c6d8e9f0a1b2c3d4e5f \
  --query 'tasks[0].{stopCode:stopCode,reason:stoppedReason,containers:containers[].{name:name,reason:reason,exitCode:exitCode}}'
