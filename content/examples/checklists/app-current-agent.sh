read -r -a instances < <(aws ecs list-container-instances --cluster prod \
  --query 'containerInstanceArns' --output text)
aws ecs describe-container-instances --cluster prod \
  --container-instances "${instances[@]}" \
  --query 'containerInstances[].[ec2InstanceId,versionInfo.agentVersion]' \
  --output table
