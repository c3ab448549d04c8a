aws lambda create-function --function-name thumbnail-worker \
  --package-type Image \
  --code ImageUri=111122223333.dkr.ecr.us-east-1.amazonaws.com/thumbnail-worker:2.3.0 \
  --role arn:aws:iam::111122223333:role/thumbnail-worker-lambda \
  --memory-size 2048 --timeout 120 --ephemeral-storage Size=2048
