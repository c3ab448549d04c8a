RUN useradd --uid 10001 --no-create-home worker
USER 10001
