/**
 * The skills vocabulary. Each entry is `Canonical|alias|alias` (the first name is the one reported); the matcher is case-insensitive and
 * word-boundary aware. Two marks, per name, handle names that are also ordinary words or letters:
 *   `=`  prefix: match the case exactly as written (ARM, not "arm"; Go, not "go").
 *   `?`  suffix: only count it near technical context (a programming word or language on the same line),
 *        so "C" in "Århus C", "R" in "R&D" or "Go" in "Go ahead" are not skills.
 */
export const SKILLS_VOCABULARY: readonly string[] = [
  // Programming languages
  'Python', 'Java', 'JavaScript|JS?', 'TypeScript', '=C?', 'C++|cpp', 'C#|csharp', '=Go?|Golang', '=Rust?', '=R?',
  '=Ruby?', 'PHP', '=Perl?', 'Scala', 'Kotlin', '=Swift?', 'Objective-C', '=Dart?', 'Elixir', 'Erlang', 'Haskell',
  'Clojure', 'F#', '=Lua?', '=Julia?', 'MATLAB', 'Fortran', 'COBOL', '=Assembly?', 'VHDL', 'Verilog', 'SystemVerilog',
  'Bash', 'Shell scripting', 'PowerShell', 'Groovy', 'Solidity', 'SQL', 'PL/SQL', 'T-SQL', 'Visual Basic|VBA',
  '=Delphi?', '=Ada?', 'OCaml', '=Zig?', '=Nim?', '=Crystal?', 'CUDA', 'OpenCL', 'WebAssembly|Wasm', '=Apex?',
  'ABAP', '=SAS?', 'Stata', 'LabVIEW', 'Simulink', 'Prolog', 'Lisp', '=Scheme?', 'Smalltalk', 'GraphQL',
  // Web and front end
  'HTML|HTML5', 'CSS|CSS3', 'Sass|SCSS', '=Less?', 'React|React.js|ReactJS', 'React Native', 'Angular|AngularJS',
  'Vue.js|Vue|VueJS', 'Svelte', 'Next.js|NextJS', 'Nuxt.js|Nuxt', 'Redux', 'jQuery', '=Bootstrap?', 'Tailwind CSS|Tailwind',
  'Webpack', '=Vite?', '=Babel?', 'Ember.js', 'Backbone.js', 'Three.js', 'D3.js|D3', 'WebGL', '=Electron?', 'Flutter',
  '=Ionic?', 'Xamarin', 'SwiftUI', 'Jetpack Compose', 'Storybook', 'Figma', '=Sketch?', 'Adobe XD', 'Photoshop',
  '=Illustrator?', 'InDesign',
  // Back end and frameworks
  'Node.js|NodeJS|=Node?', 'Express.js|=Express?', 'NestJS', 'Deno', 'Django', 'Flask', 'FastAPI', 'Spring Boot',
  '=Spring?', 'Hibernate', '.NET|dotnet', '.NET Core', 'ASP.NET', 'Entity Framework', 'Ruby on Rails|=Rails?',
  'Laravel', 'Symfony', '=Phoenix?', '=Gin?', 'Micronaut', 'Quarkus', 'gRPC', '=REST|RESTful|REST API|REST APIs',
  '=SOAP', 'OpenAPI|Swagger', 'Microservices', 'WebSockets|WebSocket', 'OAuth', 'JWT',
  // Data stores
  'PostgreSQL|Postgres', 'MySQL', 'MariaDB', 'SQLite', '=Oracle?', 'Microsoft SQL Server|SQL Server|MSSQL', 'MongoDB',
  'Redis', 'Cassandra', 'DynamoDB', 'Elasticsearch', 'OpenSearch', 'Neo4j', 'CouchDB', 'Firebase', 'Supabase',
  'Snowflake', 'BigQuery', 'Redshift', 'ClickHouse', 'InfluxDB', 'TimescaleDB', '=Pinecone?', 'Weaviate', 'Milvus',
  'Memcached', 'HBase', 'Teradata', 'Databricks', 'Delta Lake',
  // Cloud, DevOps, infrastructure
  'AWS|Amazon Web Services', 'Azure|Microsoft Azure', 'GCP|Google Cloud|Google Cloud Platform', 'Docker', 'Kubernetes|k8s',
  'Helm', 'Terraform', 'Ansible', '=Chef?', '=Puppet?', 'Pulumi', 'CloudFormation', 'OpenShift', '=Nomad?', '=Consul?',
  '=Vault?', 'Jenkins', 'GitLab CI|GitLab', 'GitHub Actions', 'CircleCI', 'Travis CI', 'Argo CD|ArgoCD', 'Git', 'GitHub',
  'Bitbucket', 'SVN|Subversion', 'Linux', 'Unix', 'Windows Server', 'macOS', 'Nginx', 'Apache HTTP Server', 'Kafka|Apache Kafka',
  'RabbitMQ', 'ActiveMQ', 'Apache Spark|=Spark?|PySpark', 'Hadoop', '=Hive?', 'Airflow|Apache Airflow', 'Flink|Apache Flink',
  'Apache Beam|=Beam?', 'dbt', 'Prometheus', 'Grafana', 'Datadog', 'Splunk', '=ELK', 'Kibana', 'Logstash', 'New Relic',
  '=Sentry?', 'Istio', '=Envoy?', 'Serverless', 'AWS Lambda|=Lambda?', 'EC2', '=S3?', '=ECS?', 'EKS', 'AKS', 'GKE',
  'CI/CD', 'DevOps', 'MLOps', 'SRE|Site Reliability Engineering', 'Infrastructure as Code|IaC', 'VMware', 'Hyper-V',
  'Cloudflare', 'Vercel', 'Heroku',
  // Machine learning and data
  'Machine Learning', 'Deep Learning', 'Computer Vision', 'NLP|Natural Language Processing', 'LLM|LLMs|Large Language Models',
  'Generative AI|GenAI', 'Reinforcement Learning', 'PyTorch', 'TensorFlow', 'TensorFlow Lite|TFLite', 'Keras',
  'scikit-learn|sklearn', 'XGBoost', 'LightGBM', 'CatBoost', 'Pandas', 'NumPy', 'SciPy', 'Matplotlib', 'Seaborn',
  'Jupyter', 'Hugging Face|HuggingFace', '=Transformers?', 'LangChain', 'LlamaIndex', 'OpenCV', 'ONNX', 'ONNX Runtime',
  'TensorRT', 'OpenVINO', '=Core ML|CoreML', 'JAX', 'MXNet', 'Caffe', 'MLflow', 'Kubeflow', 'SageMaker|Amazon SageMaker',
  'Vertex AI', 'Weights & Biases|wandb', 'spaCy', 'NLTK', '=Ray?', 'Dask', 'Polars', 'Tableau', 'Power BI|PowerBI',
  'Looker', 'Qlik', '=Excel?', 'Google Analytics', 'Statistics?', 'A/B testing', 'ETL', 'Data Warehousing', '=RAG',
  'Prompt Engineering', 'Quantization?', 'CNN|CNNs', 'RNN|RNNs', 'LSTM', '=GAN?|=GANs?',
  // Embedded, hardware, systems
  '=ARM', 'RISC-V', 'x86', 'FPGA', 'ASIC', 'Embedded C', 'Embedded Linux', 'RTOS', 'FreeRTOS', 'Zephyr', 'Yocto',
  'AUTOSAR', 'CAN bus|CAN-Bus', 'Modbus', 'I2C', '=SPI?', 'UART', 'PCB design', 'Altium', 'KiCad', 'ROS|ROS2',
  'Microcontrollers', 'STM32', 'Arduino', 'Raspberry Pi', 'PLC', 'SCADA', 'CUDA', '=NPU?', '=DSP?', 'Bluetooth|BLE',
  'Zigbee', 'LoRaWAN', '5G', '=LTE?', 'TCP/IP', 'IPv6', 'Networking', 'Cisco', 'Juniper',
  // Mobile and game
  'Android', 'iOS', '=Unity?', 'Unreal Engine', 'Godot', 'OpenGL', 'Vulkan', 'DirectX', '=Metal?',
  // Testing and quality
  'Jest', 'Vitest', '=Mocha?', 'Cypress', 'Playwright', 'Selenium', 'JUnit', 'pytest', 'TestNG', '=Cucumber?', 'TDD',
  'BDD', 'Postman', 'JMeter', 'SonarQube', 'ESLint', 'Appium',
  // Security
  'Cybersecurity', 'Penetration Testing', 'OWASP', 'SIEM', 'ISO 27001', 'SOC 2', 'IAM', 'Zero Trust', 'Cryptography',
  'Wireshark', 'Burp Suite', 'Metasploit',
  // Business software and methods
  'SAP', 'SAP S/4HANA|S/4HANA', 'Salesforce', 'HubSpot', 'Dynamics 365', 'ServiceNow', 'Workday', 'Jira', 'Confluence',
  'Trello', 'Asana', '=Notion?', '=Slack?', 'Agile', 'Scrum', 'Kanban', '=SAFe', '=Lean?', 'Six Sigma', 'PRINCE2', 'PMP',
  'ITIL', 'Product Management', 'Project Management', 'UX Design|UX', 'UI Design', 'User Research', 'SEO', 'SEM',
  'Google Ads', 'Content Marketing', 'Copywriting', 'CRM', 'ERP', 'Accounting', 'Bookkeeping', 'IFRS', 'GAAP',
  'Financial Modeling', 'Budgeting', 'Payroll', 'Customer Service', 'Cold calling',
  'Negotiation', 'Microsoft Office|MS Office', 'Microsoft 365|Office 365', '=Word?', 'PowerPoint', '=Outlook?',
  'Google Workspace', 'AutoCAD', 'SolidWorks', 'CATIA', 'Revit', 'ANSYS', 'Blender', '=Maya?', 'After Effects',
  'Premiere Pro', 'Final Cut Pro', 'GIS', 'ArcGIS', 'QGIS',
  // Spoken languages postings ask for
  'English', 'German|Deutsch', 'French|Français', 'Spanish|Español', 'Dutch', 'Italian', 'Portuguese', 'Danish',
  'Swedish', 'Norwegian', 'Polish', 'Mandarin|Chinese', 'Japanese', 'Korean', 'Arabic', 'Russian',
];
