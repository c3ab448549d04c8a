aws ecr put-image-tag-mutability --repository-name orders-api \
  --image-tag-mutability IMMUTABLE
