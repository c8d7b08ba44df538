# syntax=docker/dockerfile:1

# Build stage: compiles the Spring Boot jar. Tests run in CI, not here.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
COPY src src
COPY processes processes
COPY forms forms
# The cache mount keeps downloaded Maven artifacts between image builds.
RUN --mount=type=cache,target=/root/.m2 mvn -B -DskipTests package

# Runtime stage: only the JRE and the executable jar.
FROM eclipse-temurin:17-jre
RUN groupadd --system app && useradd --system --gid app --no-create-home app
WORKDIR /app
# The repackaged Boot jar is the only *.jar in target, because
# spring-boot-maven-plugin renames the plain jar to *.jar.original.
COPY --from=build /build/target/*.jar /app/app.jar
USER app
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
