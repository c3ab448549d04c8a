FROM public.ecr.aws/docker/library/python:3.12-slim
RUN useradd --uid 10001 --no-create-home worker
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY --chown=10001:10001 . .
USER 10001
CMD ["python", "worker.py"]
