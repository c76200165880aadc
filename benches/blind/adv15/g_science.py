"""science: HPC job scripts, R/Julia/MATLAB/SAS/Stata, spreadsheets & BI, ML tracking tools."""
import json
import random

import common as C
from common import fill

R = random.Random(150505)


def nb(cells):
    """Minimal .ipynb JSON with code cells: list of (source, outputs_text or None)."""
    out = []
    for i, (src, txt) in enumerate(cells):
        cell = {"cell_type": "code", "execution_count": i + 1, "id": C.hex_n(R, 8), "metadata": {},
                "outputs": [], "source": [l + "\n" for l in src.split("\n")[:-1]] + [src.split("\n")[-1]]}
        if txt:
            cell["outputs"].append({"name": "stdout", "output_type": "stream", "text": [l + "\n" for l in txt.split("\n")]})
        out.append(cell)
    return json.dumps({"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}},
                       "nbformat": 4, "nbformat_minor": 5}, indent=1)


def build():
    c = C.Cases("science")
    F = "hpc"
    wb, hf = C.hex_n(R, 40), C.hf_token(R)
    c.pos(F, fill("""
        My job dies right after start with wandb.errors.UsageError: api_key not configured (no-tty). Script:

        #!/bin/bash
        #SBATCH --job-name=llama-ft-lora
        #SBATCH --partition=gpu-a100
        #SBATCH --gres=gpu:4
        #SBATCH --cpus-per-task=32
        #SBATCH --time=23:59:00
        #SBATCH --output=logs/%x-%j.out

        module load cuda/12.1 anaconda3/2023.09
        source activate ft

        export WANDB_API_KEY={{wb}}
        export WANDB_PROJECT=llama-lora
        export HF_TOKEN={{hf}}
        export HF_HOME=/scratch/$USER/hf

        srun torchrun --nproc_per_node=4 train.py --config configs/lora_8b.yaml
        """, wb=wb, hf=hf), [wb, hf])

    ak, sk = C.aws_akid(R), C.aws_secret(R)
    c.pos(F, fill("""
        #!/bin/bash
        #PBS -N sync_era5
        #PBS -l select=1:ncpus=4:mem=16gb
        #PBS -l walltime=06:00:00
        #PBS -q copyq
        #PBS -j oe

        cd $PBS_O_WORKDIR
        export AWS_ACCESS_KEY_ID={{ak}}
        export AWS_SECRET_ACCESS_KEY={{sk}}
        export AWS_DEFAULT_REGION=us-west-2
        aws s3 sync s3://climate-lab-era5/reanalysis/ /g/data/xy12/era5/ --only-show-errors

        -> "An error occurred (SignatureDoesNotMatch)". the same keys work on my laptop.
        """, ak=ak, sk=sk), [sk])

    hf, cm, mp = C.hf_token(R), C.rs(R, C.ALNUM, 25), C.pw_mixed(R, 16)
    c.pos(F, fill("""
        slurm-8812203.out (I added `env | sort` to debug the module issue):

        CONDA_DEFAULT_ENV=ft
        COMET_API_KEY={{cm}}
        CUDA_VISIBLE_DEVICES=0,1
        HF_HUB_ENABLE_HF_TRANSFER=1
        HF_TOKEN={{hf}}
        HOME=/home/u8812
        MLFLOW_TRACKING_PASSWORD={{mp}}
        MLFLOW_TRACKING_URI=https://mlflow.lab.example.edu
        MLFLOW_TRACKING_USERNAME=u8812
        SLURM_JOB_ID=8812203
        SLURM_NODELIST=gpu-node[07-08]
        ...
        Traceback (most recent call last):
          File "train.py", line 12, in <module>
            import flash_attn
        ImportError: libcudart.so.11.0: cannot open shared object file
        """, cm=cm, hf=hf, mp=mp), [cm, hf, mp])

    F = "r"
    gh, oa, cen, dbp = C.gh_token(R), C.openai_key(R), C.hex_n(R, 40), C.pw_mixed(R, 14)
    c.pos(F, fill("""
        ~/.Renviron (usethis::edit_r_environ())

        GITHUB_PAT={{gh}}
        OPENAI_API_KEY={{oa}}
        CENSUS_API_KEY={{cen}}
        PGPASSWORD={{dbp}}
        R_LIBS_USER=~/R/library/4.3

        tidycensus::get_acs() still says "A Census API key is required", restarting RStudio didn't help
        """, gh=gh, oa=oa, cen=cen, dbp=dbp), [gh, oa, cen, dbp])

    an, pw = C.anthropic_key(R), C.pw_mixed(R, 18)
    c.pos(F, fill("""
        library(DBI)
        library(ellmer)

        Sys.setenv(ANTHROPIC_API_KEY = "{{an}}")

        con <- dbConnect(
          RPostgres::Postgres(),
          host     = "pg-survey.stats-dept.internal",
          dbname   = "survey_2024",
          user     = "analyst",
          password = "{{pw}}",
          sslmode  = "require"
        )
        responses <- dbGetQuery(con, "SELECT id, free_text FROM responses WHERE wave = 3")
        chat <- chat_anthropic(model = "claude-3-5-sonnet-latest")
        # Error: Connection refused... is sslmode the problem?
        """, an=an, pw=pw), [an, pw])

    av, fr = C.rs(R, C.UPPER + C.DIGITS, 16), C.hex_n(R, 32)
    c.pos(F, fill("""
        library(httr)
        library(fredr)
        fredr_set_key("{{fr}}")
        gdp <- fredr(series_id = "GDPC1", observation_start = as.Date("2000-01-01"))

        r <- GET("https://www.alphavantage.co/query",
                 query = list(`function` = "TIME_SERIES_DAILY", symbol = "IBM", apikey = "{{av}}", outputsize = "full"))
        stop_for_status(r)
        # second call returns "Thank you for using Alpha Vantage! Our standard API rate limit is 25 requests per day"
        """, fr=fr, av=av), [fr, av])

    F = "julia_matlab"
    pw, tok = C.pw_mixed(R, 16), C.gh_token(R)
    c.pos(F, fill("""
        julia> using LibPQ, DataFrames

        julia> ENV["GITHUB_AUTH"] = "{{tok}}"

        julia> conn = LibPQ.Connection("host=timescale.lab.internal port=5432 dbname=sensors user=ingest password={{pw}} sslmode=require")
        ERROR: LibPQ.Errors.ConnectionFailure: connection to server at "timescale.lab.internal" (10.8.1.14), port 5432 failed: FATAL:  no pg_hba.conf entry for host "10.8.3.77"
        """, tok=tok, pw=pw), [tok, pw])

    key = C.rs(R, C.ALNUM, 32)
    pw = C.pw_mixed(R, 14, "!#%*-_+=.?")
    c.pos(F, fill("""
        % fetch_weather.m
        opts = weboptions('KeyName', 'X-API-Key', 'KeyValue', '{{key}}', 'Timeout', 30);
        data = webread('https://api.meteo-provider.example/v2/hourly?lat=46.05&lon=14.51', opts);

        conn = database('LabSQL', 'matlab_rw', '{{pw}}');
        sqlwrite(conn, 'hourly_obs', struct2table(data.hourly));
        % Error using database.odbc.connection/sqlwrite: Invalid object name 'hourly_obs'.
        """, key=key, pw=pw), [key, pw])

    sak = C.azure_storage_key(R)
    c.pos(F, fill("""
        >> setenv('MW_WASB_SAS_TOKEN', '');
        >> setenv('MW_AZURE_STORAGE_ACCOUNT', 'labdatastore01');
        >> setenv('MW_AZURE_STORAGE_KEY', '{{k}}');
        >> ds = imageDatastore('wasbs://microscopy@labdatastore01.blob.core.windows.net/2024-04/', 'IncludeSubfolders', true);
        Error using imageDatastore
        Unable to find files or folders matching the location
        """, k=sak), [sak])

    F = "sas_stata"
    pw = C.pw_mixed(R, 12, "#_!")
    tok = C.jwt(R, {"sub": "svc-sas", "aud": "api.registry.example", "exp": 1735689600})
    c.pos(F, fill("""
        /* autoexec.sas on the grid */
        libname ora oracle user=sas_reader password="{{pw}}" path="//ora-cdw.health.internal:1521/CDWPRD" schema=CDW;

        %let api_token = {{tok}};
        filename resp temp;
        proc http url="https://api.registry.example/v1/cohorts/4471/export" method="GET" out=resp;
          headers "Authorization"="Bearer &api_token." "Accept"="application/json";
        run;
        /* ERROR: ORA-28000: The account is locked. */
        """, pw=pw, tok=tok), [pw, tok])

    enc = "{SAS002}" + C.hex_n(R, 40).upper()
    enc2 = "{SAS005}" + C.rs(R, C.UPPER + C.DIGITS, 48)
    c.pos(F, fill("""
        proc pwencode in='xxxxxxx'; run;   /* log shows: */
        {{enc}}

        libname warehouse odbc datasrc="EDW" user=sasetl password="{{enc}}";
        libname teradw teradata server=tdprod user=etl_td password="{{enc2}}" mode=teradata;
        NOTE: Libref WAREHOUSE was successfully assigned as follows:
        Is it safe to keep the {SAS002} value in the program? it's "encrypted", right?
        """, enc=enc, enc2=enc2), [enc, enc2])

    fk, pw = C.hex_n(R, 32), C.pw_mixed(R, 12, "#_!")
    c.pos(F, fill("""
        * do-file for the labor market panel
        set fredkey {{fk}}, permanently
        import fred UNRATE CIVPART, daterange(2000-01-01 2024-04-01) aggregate(quarterly)
        odbc load, exec("SELECT * FROM lfs.panel WHERE wave >= 2015") dsn("StatsDW") user("stata_ro") password("{{pw}}") clear
        * r(682): could not connect to odbc dsn
        """, fk=fk, pw=pw), [fk, pw])

    F = "spreadsheet"
    k1, k2 = C.rs(R, C.UPPER + C.DIGITS, 16), C.hex_n(R, 32)
    c.pos(F, fill("""
        Excel: cell B2 returns #VALUE! while B3 works. Formulas:

        B2: =FILTERXML(WEBSERVICE("https://www.alphavantage.co/query?function=GLOBAL_QUOTE&symbol="&A2&"&apikey={{k1}}&datatype=csv"),"//price")
        B3: =WEBSERVICE("https://api.openweathermap.org/data/2.5/weather?q=Riga&units=metric&mode=xml&appid={{k2}}")
        """, k1=k1, k2=k2), [k1, k2])

    oa, st = C.openai_key(R), C.rs(R, C.ALNUM, 40)
    c.pos(F, fill("""
        // Apps Script bound to the "Lead scoring" sheet, Code.gs
        function setup() {
          PropertiesService.getScriptProperties().setProperty('OPENAI_KEY', '{{oa}}');
          PropertiesService.getScriptProperties().setProperty('HUBSPOT_TOKEN', 'pat-eu1-{{hb}}');
        }

        function scoreLead(text) {
          const key = PropertiesService.getScriptProperties().getProperty('OPENAI_KEY');
          const res = UrlFetchApp.fetch('https://api.openai.com/v1/chat/completions', {
            method: 'post', contentType: 'application/json',
            headers: { Authorization: 'Bearer ' + key },
            payload: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }] }),
            muteHttpExceptions: true,
          });
          return JSON.parse(res.getContentText()).choices[0].message.content;
        }
        // Exception: Request failed for https://api.openai.com returned code 429
        """, oa=oa, hb=C.uuid4(R)), [oa])

    k1, k2 = C.rs(R, C.ALNUM, 32), C.uuid4(R)
    c.pos(F, fill("""
        Power Query (Advanced Editor) — refresh works in Desktop but fails in the Service with "dynamic data source":

        let
            Source = Json.Document(
                Web.Contents(
                    "https://api.harvestapp.com",
                    [
                        RelativePath = "v2/time_entries",
                        Headers = [#"Harvest-Account-Id" = "1184432", Authorization = "Bearer {{k1}}"],
                        Query = [from = "2024-01-01", page = "1"]
                    ]
                )
            ),
            Geo = Json.Document(Web.Contents("https://geo.api.example/v1/lookup", [ApiKeyName = "key", Query = [key = "{{k2}}", q = "Ljubljana"]])),
            entries = Source[time_entries]
        in
            entries
        """, k1=k1, k2=k2), [k1, k2])

    pw, tok = C.pw_mixed(R, 14), C.rs(R, C.ALNUM, 40)
    c.pos(F, fill("""
        Old VBA macro in the monthly report workbook (Module3):

        Sub PullKPIs()
            Dim http As Object
            Set http = CreateObject("WinHttp.WinHttpRequest.5.1")
            http.Open "GET", "https://kpi.intranet.example/api/monthly?period=" & Format(Date, "yyyymm"), False
            http.SetCredentials "CORP\\reportbot", "{{pw}}", 0
            http.SetRequestHeader "X-Api-Token", "{{tok}}"
            http.Send
            Sheets("Data").Range("A1").Value = http.ResponseText
        End Sub
        ' Run-time error '-2147012894 (80072ee2)': The operation timed out
        """, pw=pw, tok=tok), [pw, tok])

    F = "bi"
    pw = C.pw_mixed(R, 14, "!#%*-_+=.?")
    pat = C.rs(R, C.B64, 22) + "==:" + C.rs(R, C.ALNUM, 32)
    c.pos(F, fill("""
        Publishing the extract from CI. Both of these fail with 401001:

        tabcmd publish "sales.tdsx" --name "Sales (live)" --project "Finance" --db-username tab_reader --db-password "{{pw}}" --save-db-password --overwrite

        # publish.py
        import tableauserverclient as TSC
        auth = TSC.PersonalAccessTokenAuth("ci-publisher", "{{pat}}", site_id="analytics")
        server = TSC.Server("https://tableau.corp.example", use_server_version=True)
        with server.auth.sign_in(auth):
            ...
        """, pw=pw, pat=pat), [pw, pat])

    cid, cs = C.rs(R, C.ALNUM, 20), C.rs(R, C.ALNUM, 24)
    c.pos(F, fill("""
        looker.ini for the looker-sdk script that exports dashboards:

        [Looker]
        base_url=https://analytics.looker.example.com:19999
        client_id={{cid}}
        client_secret={{cs}}
        verify_ssl=True

        looker_sdk.error.SDKError: {"message":"Not found","documentation_url":"https://cloud.google.com/looker/docs/"}
        """, cid=cid, cs=cs), [cs])

    pw = C.pw_mixed(R, 16, "!#%*-_+=.?")
    c.pos(F, fill("""
        Tableau .tds we unzipped from the .tdsx — it has the password inside?!

        <?xml version='1.0' encoding='utf-8' ?>
        <datasource formatted-name='federated.1x2k9' inline='true' version='18.1'>
          <connection class='federated'>
            <named-connections>
              <named-connection caption='sf.example.snowflakecomputing.com' name='snowflake.0k1'>
                <connection authentication='Username Password' class='snowflake' dbname='ANALYTICS' odbc-connect-string-extras=''
                  password='{{pw}}' schema='MART' server='sf.example.snowflakecomputing.com' service='' username='TAB_READER' warehouse='BI_WH' />
              </named-connection>
            </named-connections>
          </connection>
        </datasource>
        """, pw=pw), [pw])

    F = "ml"
    db, mp = C.databricks(R), C.pw_mixed(R, 14, "-_.~!*")
    c.pos(F, fill("""
        MLflow client can't reach the tracking server from the training VM, but the UI works in my browser.

        $ cat .env
        MLFLOW_TRACKING_URI=https://ml-admin:{{mp}}@mlflow.vision-team.example/
        DATABRICKS_HOST=https://adb-{{n}}.11.azuredatabricks.net
        DATABRICKS_TOKEN={{db}}

        mlflow.exceptions.MlflowException: API request to endpoint /api/2.0/mlflow/runs/create failed with error code 401
        """, mp=mp, n=R.randint(10 ** 15, 10 ** 16 - 1), db=db), [mp, db])

    wb = C.hex_n(R, 40)
    c.pos(F, fill("""
        $ wandb login --relogin
        wandb: Logging into wandb.ai. (Learn how to deploy a W&B server locally: https://wandb.me/wandb-server)
        wandb: You can find your API key in your browser here: https://wandb.ai/authorize
        wandb: Paste an API key from your profile and hit enter, or press ctrl+c to quit:
        wandb: Appending key for api.wandb.ai to your netrc file: /home/ana/.netrc
        $ cat ~/.netrc
        machine api.wandb.ai
          login user
          password {{wb}}
        $ wandb sync ./wandb/offline-run-20240513_221104-3kq1xv7p
        wandb: ERROR Error while calling W&B API: permission denied (<Response [403]>)
        """, wb=wb), [wb])

    cm = C.rs(R, C.ALNUM, 25)
    np_ = C.b64(json.dumps({"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai",
                            "api_key": C.uuid4(R)}, separators=(",", ":")).encode())
    c.pos(F, fill("""
        # ~/.comet.config
        [comet]
        api_key = {{cm}}
        workspace = speech-lab
        project_name = asr-finetune

        # cell 2 of the notebook
        import neptune
        run = neptune.init_run(project="speech-lab/asr", api_token="{{np}}")
        # NeptuneInvalidApiTokenException
        """, cm=cm, np=np_), [cm, np_])

    kk = C.hex_n(R, 32)
    c.pos(F, fill("""
        kaggle competitions download -c playground-series-s4e5
        401 - Unauthorized

        $ cat ~/.kaggle/kaggle.json
        {"username":"rahim-data","key":"{{kk}}"}
        $ ls -l ~/.kaggle/kaggle.json
        -rw-r--r-- 1 rahim rahim 65 May 11 09:12 /home/rahim/.kaggle/kaggle.json
        """, kk=kk), [kk])

    hf = C.hf_token(R)
    src1 = "!pip -q install -U huggingface_hub transformers accelerate"
    src2 = "!huggingface-cli login --token " + hf + " --add-to-git-credential"
    out2 = ("Token is valid (permission: write).\nYour token has been saved in your configured git credential helpers (store).\n"
            "Your token has been saved to /root/.cache/huggingface/token\nLogin successful")
    src3 = "from transformers import AutoModelForCausalLM\nmodel = AutoModelForCausalLM.from_pretrained(\"meta-llama/Meta-Llama-3-8B\")"
    c.pos(F, "Colab notebook (downloaded .ipynb) — the model download still 403s after login:\n" + nb([(src1, None), (src2, out2), (src3, None)]), [hf])

    tok = "%s-%s" % (C.rs(R, C.LOWER, 2), C.uuid4(R))
    c.pos(F, fill("""
        ~/.condarc on the shared analysis server:

        channels:
          - https://conda.anaconda.org/t/{{tok}}/bioinfo-private
          - conda-forge
          - bioconda
        channel_priority: strict
        custom_channels:
          internal: https://repo.lab.example.org/conda
        ssl_verify: true

        "CondaHTTPError: HTTP 401 UNAUTHORIZED for url https://conda.anaconda.org/t/<TOKEN>/bioinfo-private/linux-64/current_repodata.json"
        """, tok=tok), [tok])

    ak, sk = C.aws_akid(R), C.aws_secret(R)
    ca, cs = C.rs(R, C.UPPER + C.DIGITS, 20), C.rs(R, C.ALNUM, 50)
    c.pos(F, fill("""
        .dvc/config.local (not committed, but I'm pasting so you can see):
        ['remote "s3store"']
            url = s3://ml-datasets-vision/dvcstore
            access_key_id = {{ak}}
            secret_access_key = {{sk}}

        ~/clearml.conf
        api {
            web_server: https://app.clear.ml
            api_server: https://api.clear.ml
            files_server: https://files.clear.ml
            credentials {
                "access_key" = "{{ca}}"
                "secret_key" = "{{cs}}"
            }
        }
        """, ak=ak, sk=sk, ca=ca, cs=cs), [sk, cs])

    pw = C.pw_mixed(R, 16)
    src = ('import snowflake.connector\nctx = snowflake.connector.connect(\n    user="DS_NOTEBOOK",\n    password="%s",\n'
           '    account="xy12345.eu-central-1",\n    warehouse="DS_WH",\n    database="RAW",\n)' % pw)
    c.pos(F, "churn_model.ipynb, the first cell — snowflake says 'Incorrect username or password was specified':\n"
          + nb([(src, None), ("df = ctx.cursor().execute('select * from events limit 10').fetch_pandas_all()", None)]), [pw])

    # ---------------- negatives
    F = "neg"
    c.neg(F, fill("""
        #!/bin/bash
        #SBATCH --job-name=llama-ft-lora
        #SBATCH --partition=gpu-a100
        #SBATCH --gres=gpu:4
        #SBATCH --time=23:59:00

        # secrets live in files readable only by me (chmod 600), never in the script
        export WANDB_API_KEY=$(cat ~/.secrets/wandb_api_key)
        export HF_TOKEN="$(< ~/.secrets/hf_token)"
        source ~/.secrets/mlflow.env      # MLFLOW_TRACKING_USERNAME / MLFLOW_TRACKING_PASSWORD
        export WANDB_MODE=${WANDB_MODE:-online}

        srun torchrun --nproc_per_node=4 train.py --config configs/lora_8b.yaml --seed 1234
        """))

    c.neg(F, fill("""
        # credentials come from the keyring / env, never hard-coded
        library(DBI)
        con <- dbConnect(
          RPostgres::Postgres(),
          host     = Sys.getenv("PGHOST"),
          dbname   = "survey_2024",
          user     = Sys.getenv("PGUSER"),
          password = keyring::key_get("pg-survey", username = Sys.getenv("PGUSER"))
        )
        api_key <- Sys.getenv("CENSUS_API_KEY")
        if (identical(api_key, "")) stop("set CENSUS_API_KEY in ~/.Renviron")
        tidycensus::census_api_key(api_key, install = FALSE)
        """))

    runs = "\n".join("%s  %s  %-9s %s  s3://mlflow-artifacts/12/%s/artifacts" % (C.hex_n(R, 32), "2024-05-%02d" % R.randint(1, 28), st, "%.4f" % R.random(), C.hex_n(R, 32))
                     for st in ["FINISHED", "FINISHED", "FAILED", "RUNNING"])
    c.neg(F, "mlflow runs list --experiment-id 12\nRun ID                            Date        Status    val_f1  Artifact URI\n" + runs
          + "\n\nwhich run should I register as the staging model? the highest val_f1 one?")

    c.neg(F, fill("""
        Setup instructions for the course (week 1):

        1. Create a Kaggle account, go to Settings -> API -> "Create New Token".
        2. Save the downloaded file as ~/.kaggle/kaggle.json. It looks like:

           {"username":"<your-kaggle-username>","key":"<your-32-character-api-key>"}

        3. chmod 600 ~/.kaggle/kaggle.json
        4. Test with: kaggle datasets list -s titanic
        Never commit kaggle.json to git; add it to .gitignore.
        """))

    pk = "\n".join("https://conda.anaconda.org/conda-forge/linux-64/%s-%s-%s.conda#%s" % (n, v, b, C.hex_n(R, 32))
                   for n, v, b in [("numpy", "1.26.4", "py311h64a7726_0"), ("pandas", "2.2.2", "py311h14de704_0"),
                                   ("scikit-learn", "1.4.2", "py311he08f58d_0"), ("libblas", "3.9.0", "22_linux64_openblas")])
    c.neg(F, "$ conda list --explicit --md5 > spec-file.txt && head spec-file.txt\n# This file may be used to create an environment using:\n"
          "# $ conda create --name <env> --file <this file>\n# platform: linux-64\n@EXPLICIT\n" + pk
          + "\n\nwhy does mamba ignore the md5 after the '#'?")

    c.neg(F, fill("""
        /* credentials from the SAS metadata auth domain, nothing in code */
        libname ora oracle authdomain="OracleAuth" path="//ora-cdw.health.internal:1521/CDWPRD" schema=CDW;
        %let dbpass = %sysget(CDW_PASSWORD);
        libname dev oracle user=&sysuserid password="&dbpass" path=CDWDEV;
        %put NOTE: using password of length %length(&dbpass);
        /* proc pwencode only obfuscates ({SAS002}...), so we don't use it */
        """))

    c.neg(F, fill("""
        Config sheet layout for the quote workbook:

        Config!B2   API key (paste your own, sheet is protected)
        Quotes!B2   =FILTERXML(WEBSERVICE("https://www.alphavantage.co/query?function=GLOBAL_QUOTE&symbol="&A2&"&apikey="&Config!$B$2&"&datatype=xml"),"//price")
        Quotes!C2   =IFERROR(B2/B1-1,"")
        Named range ApiKey -> Config!$B$2, used in Power Query as Excel.CurrentWorkbook(){[Name="ApiKey"]}[Content]{0}[Column1]
        """))

    c.neg(F, fill("""
        W&B run https://wandb.ai/speech-lab/asr-finetune/runs/3kq1xv7p (sweep 9xw2k1ab, agent id {{ag}})
        Model pinned to revision="{{rev}}" of openai/whisper-large-v3.
        Dataset commit: {{ds}}
        Tableau datasource uses authentication='sspi' (Windows auth), so no stored password either.
        """, ag=C.rs(R, C.LOWER + C.DIGITS, 8), rev=C.hex_n(R, 40), ds=C.hex_n(R, 40)))
    return c.items
