"""legacy: enterprise and legacy stacks (SOAP, SAP, Oracle, mainframe, LDAP, Windows, app servers, ODBC/JDBC)."""
import base64
import hashlib
import random

import common as C
from common import fill

R = random.Random(150202)
XMLP = "!#%^*-_+=.?~"        # safe inside XML attributes/text
ORAP = "#_$"                 # Oracle unquoted-safe
WINP = "#*-_+=.?~$!"


def build():
    c = C.Cases("legacy")
    F = "soap"
    pw = C.pw_mixed(R, 16, XMLP)
    c.pos(F, fill("""
        Our integration with the carrier's policy service returns a SOAP fault "FailedAuthentication". This is the request
        SoapUI sends (works) vs what our .NET client sends (fails). SoapUI request:

        <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:pol="http://carrier.example/policy/v3">
           <soapenv:Header>
              <wsse:Security soapenv:mustUnderstand="1" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd" xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">
                 <wsse:UsernameToken wsu:Id="UsernameToken-{{id}}">
                    <wsse:Username>BRK_NORTHWIND_API</wsse:Username>
                    <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">{{pw}}</wsse:Password>
                    <wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">{{nonce}}</wsse:Nonce>
                    <wsu:Created>2024-05-21T08:14:03.512Z</wsu:Created>
                 </wsse:UsernameToken>
              </wsse:Security>
           </soapenv:Header>
           <soapenv:Body>
              <pol:GetPolicyRequest><pol:PolicyNumber>HX-2231-77</pol:PolicyNumber></pol:GetPolicyRequest>
           </soapenv:Body>
        </soapenv:Envelope>
        """, id=C.hex_n(R, 32).upper(), pw=pw, nonce=C.b64(C.rbytes(R, 16))), [pw])

    pw = C.pw_human(R, punct="!#*.")
    c.pos(F, fill("""
        2024-05-22 10:41:07,332 INFO  [org.apache.cxf.services.CustomsDeclarationService.CustomsPort.CustomsPortType] (default task-12) Outbound Message
        ---------------------------
        ID: 41
        Address: https://edi.customs-gateway.example/ws/declaration
        Encoding: UTF-8
        Http-Method: POST
        Content-Type: text/xml
        Headers: {Accept=[*/*], SOAPAction=["submitDeclaration"]}
        Payload: <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Header><wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd" soap:mustUnderstand="1"><wsse:UsernameToken><wsse:Username>EORI-GB{{eori}}</wsse:Username><wsse:Password>{{pw}}</wsse:Password></wsse:UsernameToken></wsse:Security></soap:Header><soap:Body><ns2:submitDeclaration xmlns:ns2="urn:customs:decl:v2"><ns2:lrn>LRN24{{lrn}}</ns2:lrn></ns2:submitDeclaration></soap:Body></soap:Envelope>
        --------------------------------------
        """, eori=C.rs(R, C.DIGITS, 12), pw=pw, lrn=C.rs(R, C.DIGITS, 9)), [pw])

    pw, key = C.pw_mixed(R, 14, XMLP), C.uuid4(R).upper()
    c.pos(F, fill("""
        Legacy .asmx endpoint, the vendor says we must send these headers. Can you write the equivalent in python zeep?

        POST /TrackingService.asmx HTTP/1.1
        Host: legacy.freightco.example
        Content-Type: text/xml; charset=utf-8
        SOAPAction: "http://tempuri.org/GetShipmentStatus"

        <?xml version="1.0" encoding="utf-8"?>
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
          <soap:Header>
            <AuthHeader xmlns="http://tempuri.org/">
              <UserName>acme_logistics</UserName>
              <Password>{{pw}}</Password>
              <LicenseKey>{{key}}</LicenseKey>
            </AuthHeader>
          </soap:Header>
          <soap:Body>
            <GetShipmentStatus xmlns="http://tempuri.org/"><WaybillNo>7734001290</WaybillNo></GetShipmentStatus>
          </soap:Body>
        </soap:Envelope>
        """, pw=pw, key=key), [pw, key])

    pw = C.pw_mixed(R, 12, XMLP)
    c.pos(F, fill("""
        From our SoapUI project file (payroll-ws-soapui-project.xml), the request that works:

        <con:request name="GetPayslip" outgoingWss="" incomingWss="" timeout="" sslKeystore="" useWsAddressing="false" useWsReliableMessaging="false" wssPasswordType="PasswordText">
          <con:settings/>
          <con:encoding>UTF-8</con:encoding>
          <con:endpoint>https://payroll-legacy.corp.local:8443/ws/PayrollService</con:endpoint>
          <con:request><![CDATA[<soapenv:Envelope ...>...</soapenv:Envelope>]]></con:request>
          <con:credentials>
            <con:username>svc_payroll_ro</con:username>
            <con:password>{{pw}}</con:password>
            <con:selectedAuthProfile>Basic</con:selectedAuthProfile>
            <con:authType>Global HTTP Settings</con:authType>
          </con:credentials>
        </con:request>
        """, pw=pw), [pw])

    F = "sap"
    pw = C.pw_mixed(R, 10, "#_!")
    c.pos(F, fill("""
        JCo test fails with "Name or password is incorrect (repeat logon)". Destination file ABAP_AS_WITH_POOL.jcoDestination:

        #for tests only !
        #Mon May 13 09:12:44 CEST 2024
        jco.client.lang=EN
        jco.destination.peak_limit=10
        jco.client.client=100
        jco.client.passwd={{pw}}
        jco.client.user=RFC_BATCH
        jco.destination.pool_capacity=3
        jco.client.ashost=sapecc-ci.corp.local
        jco.client.sysnr=00

        The same user works in SAP GUI. Is the password case-sensitive in JCo?
        """, pw=pw), [pw])

    pw = C.pw_mixed(R, 12, "#_!")
    c.pos(F, fill("""
        sapnwrfc.ini used by our pyrfc extractor:

        DEST=S4P
        USER=EXTR_BW
        PASSWD={{pw}}
        ASHOST=s4p-app01.sap.corp
        SYSNR=02
        CLIENT=300
        LANG=EN
        TRACE=0

        pyrfc.Connection(dest='S4P') → RFC_LOGON_FAILURE. What else could be wrong?
        """, pw=pw), [pw])

    pw = C.pw_mixed(R, 14, "#_!")
    c.pos(F, fill("""
        hanadm@hana01:/usr/sap/HDB/HDB00> hdbuserstore SET BACKUPKEY hana01:30013@SYSTEMDB BACKUP_OPERATOR {{pw}}
        hanadm@hana01:/usr/sap/HDB/HDB00> hdbuserstore LIST BACKUPKEY
        KEY BACKUPKEY
          ENV : hana01:30013
          USER: BACKUP_OPERATOR
          DATABASE: SYSTEMDB
        hanadm@hana01:/usr/sap/HDB/HDB00> hdbsql -U BACKUPKEY "SELECT * FROM M_BACKUP_CATALOG"
        * 10: authentication failed SQLSTATE: 28000
        """, pw=pw), [pw])

    F = "oracle"
    pw = C.pw_mixed(R, 12, ORAP)
    c.pos(F, fill("""
        cron job on the report box started failing after the DB move:

        $ cat /opt/reports/bin/daily_extract.sh
        #!/bin/ksh
        export ORACLE_HOME=/u01/app/oracle/product/19.0.0/client_1
        export TNS_ADMIN=/opt/reports/network/admin
        $ORACLE_HOME/bin/sqlplus -s rpt_reader/{{pw}}@FINPRD @/opt/reports/sql/daily_extract.sql > /var/reports/daily_$(date +%Y%m%d).csv

        $ cat /opt/reports/network/admin/tnsnames.ora
        FINPRD =
          (DESCRIPTION =
            (ADDRESS = (PROTOCOL = TCP)(HOST = finprd-scan.corp.local)(PORT = 1521))
            (CONNECT_DATA = (SERVER = DEDICATED)(SERVICE_NAME = finprd.corp.local))
          )

        ORA-12514: TNS:listener does not currently know of service requested in connect descriptor
        """, pw=pw), [pw])

    p1, p2 = C.pw_mixed(R, 12, ORAP), C.pw_mixed(R, 14, ORAP)
    c.pos(F, fill("""
        -- setup_hr_schema.sql  (run from SQL Developer worksheet, F5)
        CONNECT sys/{{p2}}@//orclvm.lab.local:1521/ORCLPDB1 AS SYSDBA
        ALTER SESSION SET CONTAINER = ORCLPDB1;
        GRANT CREATE SESSION, CREATE TABLE, CREATE SEQUENCE TO hr;
        CONNECT hr/{{p1}}@//orclvm.lab.local:1521/ORCLPDB1
        @?/demo/schema/human_resources/hr_cre.sql
        -- ERROR: ORA-01017: invalid username/password; logon denied  (on the second CONNECT)
        """, p1=p1, p2=p2), [p1, p2])

    p1, p2 = C.pw_mixed(R, 12, ORAP), C.pw_mixed(R, 10, ORAP)
    c.pos(F, fill("""
        [oracle@dbhost ~]$ expdp system/{{p1}}@PRODPDB schemas=SALES directory=DATA_PUMP_DIR dumpfile=sales_%U.dmp logfile=sales_exp.log parallel=4

        Export: Release 19.0.0.0.0 - Production on Tue May 14 02:00:01 2024
        ORA-39002: invalid operation
        ORA-39070: Unable to open the log file.
        ORA-29283: invalid file operation: nonexistent file or path

        and the loader one from the same crontab:
        sqlldr userid=stage_load/{{p2}}@PRODPDB control=/data/ctl/customers.ctl log=/data/log/customers.log direct=true
        """, p1=p1, p2=p2), [p1, p2])

    pw = C.pw_mixed(R, 12, "#_!")
    c.pos(F, fill("""
        db2inst1@aix07 $ db2 connect to BANKDB user db2admin using {{pw}}

           Database Connection Information

         Database server        = DB2/AIX64 11.5.8.0
         SQL authorization ID   = DB2ADMIN
         Local database alias   = BANKDB

        db2inst1@aix07 $ db2 "select count(*) from ledger.postings where post_dt = current date"
        SQL0551N  "DB2ADMIN" does not have the required authorization or privilege to perform operation "SELECT"
        """, pw=pw), [pw])

    p1, p2 = C.pw_mixed(R, 10, "#_!"), C.pw_mixed(R, 10, "#_!")
    c.pos(F, fill("""
        $ isql -U sa -P {{p1}} -S SYBPROD -D billing -w 250
        1> select @@version
        2> go
         Adaptive Server Enterprise/16.0 SP04 PL04/EBF 30399 SMP/P/x86_64/SLES 12.4/ase160sp04pl04x/...
        $ bcp billing..invoice_lines out /tmp/invoice_lines.dat -c -t'|' -U batch_bcp -P {{p2}} -S SYBPROD
        CTLIB Message:  - L1/O3/S5/N5/5/0:
        ct_connect(): directory service layer: internal directory control layer error: Requested server name not found.
        """, p1=p1, p2=p2), [p1, p2])

    F = "mainframe"
    pw = C.pw_upper8(R)
    c.pos(F, fill("""
        The job below abends with ICH408I ... LOGON/JOB INITIATION - INVALID PASSWORD since the RACF change:

        //PAYR0042 JOB (ACCT7711,'PAYROLL'),'NIGHTLY GL POST',CLASS=A,
        //             MSGCLASS=X,NOTIFY=&SYSUID,
        //             USER=PAYBATCH,PASSWORD={{pw}}
        //STEP010  EXEC PGM=IKJEFT01,DYNAMNBR=20
        //STEPLIB  DD DSN=DSN.V13R1.SDSNLOAD,DISP=SHR
        //SYSTSPRT DD SYSOUT=*
        //SYSTSIN  DD *
          DSN SYSTEM(DB2P)
          RUN PROGRAM(GLPOST01) PLAN(GLPOSTPL) LIB('PAYR.PROD.LOADLIB')
          END
        /*
        """, pw=pw), [pw])

    pw = C.pw_upper8(R)
    c.pos(F, fill("""
        //XFERGL   JOB (FIN),'SEND GL FILE',CLASS=B,MSGCLASS=H
        //FTPSTEP  EXEC PGM=FTP,REGION=4M,PARM='(EXIT TIMEOUT 60'
        //SYSPRINT DD SYSOUT=*
        //OUTPUT   DD SYSOUT=*
        //INPUT    DD *
        sftp-gw.corp.local
        glxfer
        {{pw}}
        cd /inbound/gl
        put 'FIN.GL.EXTRACT.D240514' gl_extract_20240514.txt
        quit
        /*
        EZA1735I Std Return Code = 27530, Error Code = 00002   <- what does this mean?
        """, pw=pw), [pw])

    p1, p2 = C.pw_upper8(R), C.pw_mixed(R, 12, "#_")
    c.pos(F, fill("""
        IBM i (V7R4) - commands I ran from the 5250 session to set up the ETL user, then DRDA to the Linux Db2:

        CRTUSRPRF USRPRF(ETLBATCH) PASSWORD({{p1}}) USRCLS(*USER) INLMNU(*SIGNOFF) LMTCPB(*YES) TEXT('ETL batch user')
        ADDSVRAUTE USRPRF(ETLBATCH) SERVER(QDDMDRDASERVER) USRID(etl_remote) PASSWORD('{{p2}}')
        STRSQL
          CONNECT TO DWHPROD
        SQL7021: SQLSTATE 08004, SQLCODE -30082 - security processing failed, reason 24 (USERNAME AND/OR PASSWORD INVALID)
        """, p1=p1, p2=p2), [p1, p2])

    pw = C.pw_mixed(R, 10, "#_")
    c.pos(F, fill("""
        Old COBOL batch we are migrating, the DB2 connect paragraph:

               WORKING-STORAGE SECTION.
               01  WS-DB-USER          PIC X(08) VALUE 'CLMBATCH'.
               01  WS-DB-PASSWORD      PIC X(18).
               ...
               0100-CONNECT.
                   MOVE '{{pw}}' TO WS-DB-PASSWORD.
                   EXEC SQL
                       CONNECT TO CLAIMSDB USER :WS-DB-USER USING :WS-DB-PASSWORD
                   END-EXEC.
                   IF SQLCODE NOT = 0
                       DISPLAY 'CONNECT FAILED ' SQLCODE
                       PERFORM 9999-ABEND
                   END-IF.

        Can you rewrite this paragraph in Java with JDBC, keeping the logic?
        """, pw=pw), [pw])

    F = "ldap"
    p1, p2 = C.pw_human(R), C.pw_mixed(R, 14)
    c.pos(F, fill("""
        bulk import for the new branch, ldapadd -x -D "cn=admin,dc=northwind,dc=lan" -W -f branch.ldif
        ldap_add: Invalid syntax (21) additional info: objectClass: value #1 invalid per syntax

        # branch.ldif
        dn: uid=kwamena,ou=people,dc=northwind,dc=lan
        objectClass: inetOrgPerson
        objectClass: posixAccount
        uid: kwamena
        cn: Kwame Mensah
        sn: Mensah
        uidNumber: 10412
        gidNumber: 10000
        homeDirectory: /home/kwamena
        userPassword: {{p1}}

        dn: uid=svc-scanner,ou=services,dc=northwind,dc=lan
        objectClass: account
        objectClass: simpleSecurityObject
        uid: svc-scanner
        userPassword: {{p2}}
        """, p1=p1, p2=p2), [p1, p2])

    pw = C.pw_mixed(R, 12)
    salt = C.rbytes(R, 8)
    ssha = "{SSHA}" + C.b64(hashlib.sha1(pw.encode() + salt).digest() + salt)
    enc = base64.b64encode(ssha.encode()).decode()
    c.pos(F, fill("""
        slapcat output for the user that can't log in (after the migration from the old server):

        dn: uid=jtorres,ou=people,dc=example-univ,dc=edu
        structuralObjectClass: inetOrgPerson
        entryUUID: {{u}}
        creatorsName: cn=admin,dc=example-univ,dc=edu
        uid: jtorres
        objectClass: inetOrgPerson
        objectClass: posixAccount
        userPassword:: {{enc}}
        loginShell: /bin/bash
        pwdChangedTime: 20240302101522Z

        Is the double colon a problem? Is the hash type supported by the new slapd?
        """, u=C.uuid4(R), enc=enc), [enc])

    pw = C.pw_mixed(R, 16, "!#%^*-_+=.?~")
    c.pos(F, fill("""
        $ ldapsearch -x -H ldaps://dc01.corp.local:636 -D "CN=svc-jira-ldap,OU=Service Accounts,DC=corp,DC=local" -w '{{pw}}' -b "OU=Staff,DC=corp,DC=local" "(sAMAccountName=a.kowalski)" memberOf
        ldap_bind: Invalid credentials (49)
        	additional info: 80090308: LdapErr: DSID-0C090439, comment: AcceptSecurityContext error, data 775, v4563
        data 775 = locked? The account is used by Jira's user directory.
        """, pw=pw), [pw])

    p1, p2 = C.pw_mixed(R, 14), C.pw_phrase(R, 3)
    c.pos(F, fill("""
        # /etc/openldap/slapd.conf (old box, still not migrated to cn=config)
        database        mdb
        suffix          "dc=lab,dc=internal"
        rootdn          "cn=Manager,dc=lab,dc=internal"
        rootpw          {{p1}}
        directory       /var/lib/ldap

        # and the reset I tried for the jenkins bind user:
        ldappasswd -x -D "cn=Manager,dc=lab,dc=internal" -w '{{p1}}' -s '{{p2}}' "uid=jenkins,ou=svc,dc=lab,dc=internal"
        """, p1=p1, p2=p2), [p1, p2])

    F = "windows"
    pw = C.pw_mixed(R, 12, WINP)
    c.pos(F, fill("""
        logon script on the warehouse PCs (\\\\dc01\\NETLOGON\\map_drives.bat):

        @echo off
        net use S: /delete /y >nul 2>&1
        net use S: \\\\fs02\\scans /user:CORP\\svc_scanmap {{pw}} /persistent:no
        net use P: \\\\fs02\\public /persistent:no
        if errorlevel 1 echo mapping failed >> %TEMP%\\map.log

        System error 1219 has occurred. Multiple connections to a server or shared resource by the same user... how to fix?
        """, pw=pw), [pw])

    p1, p2 = C.pw_mixed(R, 12, WINP), C.pw_mixed(R, 14, WINP)
    c.pos(F, fill("""
        C:\\>cmdkey /add:sql-rpt01.corp.local /user:CORP\\rpt_svc /pass:{{p1}}
        CMDKEY: Credential added successfully.

        C:\\>psexec \\\\app-legacy03 -u CORP\\deploy_adm -p {{p2}} -h cmd /c "C:\\apps\\restart_pool.cmd"
        PsExec v2.43 - Execute processes remotely
        Couldn't access app-legacy03:
        The user name or password is incorrect.
        """, p1=p1, p2=p2), [p1, p2])

    pw = C.pw_mixed(R, 16, WINP)
    c.pos(F, fill("""
        schtasks /Create /TN "ERP\\NightlyImport" /TR "C:\\erp\\bin\\import.exe /profile:prod" /SC DAILY /ST 02:30 /RU CORP\\svc_erpimport /RP {{pw}} /RL HIGHEST /F
        ERROR: The user name or password is incorrect.

        (the runas below works though)
        runas /user:CORP\\svc_erpimport "C:\\erp\\bin\\import.exe /profile:prod"
        """, pw=pw), [pw])

    pw = C.pw_mixed(R, 14, "!#%^*-_+=.?~")
    c.pos(F, fill("""
        cron on the hadoop edge node (no keytab available yet, "temporary"):

        */30 * * * * echo '{{pw}}' | kinit svc_ingest@HADOOP.CORP.LOCAL && /opt/ingest/bin/run_ingest.sh >> /var/log/ingest.log 2>&1

        kinit: Preauthentication failed while getting initial credentials
        """, pw=pw), [pw])

    F = "appserver"
    p1, p2 = C.pw_mixed(R, 14, XMLP), C.pw_mixed(R, 12, XMLP)
    c.pos(F, fill("""
        conf/tomcat-users.xml on the build server, manager app returns 403 for the deploy user:

        <?xml version="1.0" encoding="UTF-8"?>
        <tomcat-users xmlns="http://tomcat.apache.org/xml"
                      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                      xsi:schemaLocation="http://tomcat.apache.org/xml tomcat-users.xsd"
                      version="1.0">
          <role rolename="manager-gui"/>
          <role rolename="manager-script"/>
          <user username="admin" password="{{p1}}" roles="manager-gui"/>
          <user username="jenkins-deploy" password="{{p2}}" roles="manager-script"/>
        </tomcat-users>
        """, p1=p1, p2=p2), [p1, p2])

    pw = C.pw_mixed(R, 16, XMLP)
    c.pos(F, fill("""
        WildFly 26 standalone.xml, datasource section. Getting IJ031084: Unable to create connection:

        <subsystem xmlns="urn:jboss:domain:datasources:7.0">
            <datasources>
                <datasource jndi-name="java:jboss/datasources/OrdersDS" pool-name="OrdersDS" enabled="true" use-java-context="true">
                    <connection-url>jdbc:postgresql://pg-orders.corp.local:5432/orders</connection-url>
                    <driver>postgresql</driver>
                    <pool><min-pool-size>5</min-pool-size><max-pool-size>40</max-pool-size></pool>
                    <security>
                        <user-name>orders_app</user-name>
                        <password>{{pw}}</password>
                    </security>
                    <validation><valid-connection-checker class-name="org.jboss.jca.adapters.jdbc.extensions.postgres.PostgreSQLValidConnectionChecker"/></validation>
                </datasource>
            </datasources>
        </subsystem>
        """, pw=pw), [pw])

    pw = C.pw_mixed(R, 12, "!#_")
    c.pos(F, fill("""
        Managed server won't start in production mode without prompting, so I created
        $DOMAIN_HOME/servers/AdminServer/security/boot.properties with:

        username=weblogic
        password={{pw}}

        <May 14, 2024 3:11:05 AM CEST> <Critical> <Security> <BEA-090402> <Authentication denied: Boot identity not valid. The user name or password or both from the boot identity file (boot.properties) is not valid.>
        """, pw=pw), [pw])

    p1, p2 = C.pw_mixed(R, 12, "#_!"), C.pw_mixed(R, 14, "#_!")
    c.pos(F, fill("""
        ACE 12 integration server can't reach Oracle and the MQ client app gets 2035 MQRC_NOT_AUTHORIZED.

        $ mqsisetdbparms -w /var/mqsi/servers/ISPROD01 -n jdbc::ORAFIN -u ace_fin -p {{p1}}
        BIP8071I: Successful command completion.

        // JmsSender.java
        JmsConnectionFactory cf = ff.createConnectionFactory();
        cf.setStringProperty(WMQConstants.WMQ_HOST_NAME, "mqprd01.corp.local");
        cf.setIntProperty(WMQConstants.WMQ_PORT, 1414);
        cf.setStringProperty(WMQConstants.WMQ_CHANNEL, "APP.SVRCONN");
        cf.setStringProperty(WMQConstants.WMQ_QUEUE_MANAGER, "QMPRD01");
        cf.setBooleanProperty(WMQConstants.USER_AUTHENTICATION_MQCSP, true);
        cf.setStringProperty(WMQConstants.USERID, "orderapp");
        cf.setStringProperty(WMQConstants.PASSWORD, "{{p2}}");
        """, p1=p1, p2=p2), [p1, p2])

    p1, p2 = C.pw_mixed(R, 12, "#_!"), C.pw_mixed(R, 12, "#_!")
    c.pos(F, fill("""
        Informatica 10.5 - workflow kicks off from Control-M with:

        pmcmd startworkflow -sv IS_PRD_01 -d Domain_PRD -u Administrator -p {{p1}} -f DWH_LOAD -wait wf_m_load_fact_sales
        ERROR: Cannot connect to Integration Service [IS_PRD_01].

        infacmd.sh isp ListServices -dn Domain_PRD -un Administrator -pd {{p2}}
        [ICMD_10033] Command [ListServices] failed with error [[UM_10020] Cannot log in...
        """, p1=p1, p2=p2), [p1, p2])

    F = "odbc_jdbc"
    p1, p2 = C.pw_mixed(R, 14, "!#%^*-_+.?~"), C.pw_mixed(R, 12, "!#%^*-_+.?~")
    c.pos(F, fill("""
        ~/.odbc.ini on the RStudio server:

        [WAREHOUSE]
        Driver      = /opt/microsoft/msodbcsql18/lib64/libmsodbcsql-18.3.so.2.1
        Server      = tcp:dwh-sql01.corp.local,1433
        Database    = EDW
        UID         = analyst_ro
        PWD         = {{p1}}
        Encrypt     = yes
        TrustServerCertificate = yes

        [LEGACY_INFORMIX]
        Driver=/opt/IBM/informix/lib/cli/iclit09b.so
        Host=ifx-erp01
        Server=erp_tcp
        Service=9088
        Database=stores
        LogonID=erpread
        pwd={{p2}}

        odbc::dbConnect(odbc::odbc(), "WAREHOUSE") → [unixODBC][Driver Manager]Data source name not found
        """, p1=p1, p2=p2), [p1, p2])

    p1, p2 = C.pw_mixed(R, 16, "!#%^*-_+.?~"), C.pw_mixed(R, 12, "-_.~!*")
    c.pos(F, fill("""
        Which of these JDBC URLs is wrong? Both are from the quartz + reporting config:

        org.quartz.dataSource.qzDS.URL = jdbc:sqlserver://sqlclu02.corp.local:1433;databaseName=QUARTZ;user=quartz_svc;password={{p1}};encrypt=true;trustServerCertificate=true
        reporting.datasource.url=jdbc:mysql://mysql-rpt.corp.local:3306/reporting?user=rpt&password={{p2}}&useSSL=true&serverTimezone=UTC
        """, p1=p1, p2=p2), [p1, p2])

    pw = C.pw_mixed(R, 12, ORAP)
    c.pos(F, fill("""
        # etl.properties (Pentaho Kettle job)
        source.db.driver=oracle.jdbc.OracleDriver
        source.db.url=jdbc:oracle:thin:kettle_src/{{pw}}@//ora-erp.corp.local:1521/ERPPRD
        target.db.url=jdbc:postgresql://pg-dwh.corp.local/dwh
        target.db.user=${DWH_USER}
        target.db.password=${DWH_PASSWORD}
        """, pw=pw), [pw])

    pw = C.pw_mixed(R, 16, XMLP)
    c.pos(F, fill("""
        IIS 8.5 app pool keeps stopping (event 5059). applicationHost.config section:

        <applicationPools>
            <add name="LegacyCRM" managedRuntimeVersion="v2.0" managedPipelineMode="Classic">
                <processModel identityType="SpecificUser" userName="CORP\\svc_crm_pool" password="{{pw}}" loadUserProfile="true" />
                <recycling><periodicRestart time="00:00:00"><schedule><add value="03:00:00" /></schedule></periodicRestart></recycling>
            </add>
        </applicationPools>
        """, pw=pw), [pw])

    pw = C.pw_mixed(R, 14, "-_.~!*")
    c.pos(F, fill("""
        WinSCP script run by the bank statement import (statements.txt):

        option batch abort
        option confirm off
        open sftp://stmt_pull:{{pw}}@sftp.bank-h2h.example/ -hostkey="ssh-ed25519 255 {{hk}}"
        cd /outbound/mt940
        get *.sta C:\\Treasury\\Inbox\\
        close
        exit

        "Authentication failed" since Monday; the bank says the account is fine.
        """, pw=pw, hk=C.b64(C.rbytes(R, 32)).rstrip("=")), [pw])

    # ---------------- negatives
    F = "neg"
    c.neg(F, fill("""
        This is the stock conf/tomcat-users.xml that ships with Tomcat 10, we haven't touched it:

        <tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
        <!--
          By default, no user is included in the "manager-gui" role required
          to operate the "/manager/html" web application.  If you wish to use this app,
          you must define such a user - the username and password are arbitrary.

          Built-in Tomcat manager roles:
            - manager-gui    - allows access to the HTML GUI and the status pages
            - manager-script - allows access to the HTTP API and the status pages
        -->
        <!--
          <user username="admin" password="<must-be-changed>" roles="manager-gui"/>
          <user username="robot" password="<must-be-changed>" roles="manager-script"/>
        -->
        </tomcat-users>

        Which roles should a CI deploy user get?
        """))

    c.neg(F, fill("""
        <datasource jndi-name="java:jboss/datasources/OrdersDS" pool-name="OrdersDS">
            <connection-url>jdbc:postgresql://pg-orders.corp.local:5432/orders</connection-url>
            <driver>postgresql</driver>
            <security>
                <user-name>orders_app</user-name>
                <credential-reference store="orders-cs" alias="orders-db-password"/>
            </security>
        </datasource>
        <!-- older servers still use the vault expression -->
        <password>${VAULT::ds_OrdersDS::password::1}</password>

        elytron credential store was created with: credential-store --create --location=standalone/data/orders.cs
        """))

    c.neg(F, fill("""
        [oracle@dbhost ~]$ sqlplus /nolog

        SQL*Plus: Release 19.0.0.0.0 - Production on Tue May 14 09:41:22 2024
        SQL> CONNECT / AS SYSDBA
        Connected.
        SQL> ALTER USER rpt_reader ACCOUNT UNLOCK;
        User altered.
        SQL> SELECT username, account_status, profile FROM dba_users WHERE username = 'RPT_READER';
        USERNAME        ACCOUNT_STATUS    PROFILE
        --------------- ----------------- ------------
        RPT_READER      OPEN              APP_PROFILE
        """))

    c.neg(F, fill("""
        # groups.ldif - no user objects here, only groups and the sudo rule
        dn: cn=developers,ou=groups,dc=northwind,dc=lan
        objectClass: posixGroup
        cn: developers
        gidNumber: 10010
        memberUid: kwamena
        memberUid: svc-scanner

        dn: cn=ops-sudo,ou=SUDOers,dc=northwind,dc=lan
        objectClass: sudoRole
        cn: ops-sudo
        sudoHost: ALL
        sudoCommand: /usr/bin/systemctl
        sudoUser: %ops
        sudoOption: !authenticate
        """))

    c.neg(F, fill("""
        C:\\>cmdkey /list

        Currently stored credentials:

            Target: Domain:target=sql-rpt01.corp.local
            Type: Domain Password
            User: CORP\\rpt_svc

            Target: LegacyGeneric:target=git:https://dev.azure.com
            Type: Generic
            User: PersonalAccessToken
            Local machine persistence

        C:\\>net use
        New connections will not be remembered.

        Status       Local     Remote                    Network
        -------------------------------------------------------------------------------
        OK           S:        \\\\fs02\\scans              Microsoft Windows Network
        Unavailable  P:        \\\\fs02\\public             Microsoft Windows Network
        The command completed successfully.
        """))

    c.neg(F, fill("""
        //PAYR0042 JOB (ACCT7711,'PAYROLL'),'NIGHTLY GL POST',CLASS=A,
        //             MSGCLASS=X,NOTIFY=&SYSUID
        //* RUNS UNDER SURROGATE PAYBATCH VIA SCHEDULER, NO PASSWORD IN JCL
        //* PASSWORD= PARM REMOVED PER AUDIT FINDING 2023-117
        //STEP010  EXEC PGM=IEFBR14
        //DD1      DD DSN=PAYR.PROD.GLPOST.D240514,DISP=(NEW,CATLG,DELETE),
        //            SPACE=(CYL,(50,10),RLSE),UNIT=SYSDA,
        //            DCB=(RECFM=FB,LRECL=400,BLKSIZE=27600)
        """))

    c.neg(F, fill("""
        <wsp:Policy wsu:Id="UsernameTokenPolicy">
          <sp:SupportingTokens xmlns:sp="http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200702">
            <wsp:Policy>
              <sp:UsernameToken sp:IncludeToken="http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200702/IncludeToken/AlwaysToRecipient">
                <wsp:Policy><sp:WssUsernameToken10/></wsp:Policy>
              </sp:UsernameToken>
            </wsp:Policy>
          </sp:SupportingTokens>
        </wsp:Policy>

        The WSDL policy says UsernameToken 1.0 with a plain-text password. In CXF that means
        WSHandlerConstants.PASSWORD_TYPE = WSConstants.PW_TEXT and a CallbackHandler that supplies the password at runtime.
        """))

    c.neg(F, fill("""
        # /etc/odbcinst.ini
        [ODBC Driver 18 for SQL Server]
        Description=Microsoft ODBC Driver 18 for SQL Server
        Driver=/opt/microsoft/msodbcsql18/lib64/libmsodbcsql-18.3.so.2.1
        UsageCount=1

        # ~/.odbc.ini - Kerberos, no password stored
        [EDW_KRB]
        Driver=ODBC Driver 18 for SQL Server
        Server=tcp:dwh-sql01.corp.local,1433
        Database=EDW
        Trusted_Connection=yes
        PWD=

        jdbc:sqlserver://dwh-sql01.corp.local:1433;databaseName=EDW;integratedSecurity=true;authenticationScheme=JavaKerberos
        spring.datasource.password=${EDW_PASSWORD:}
        """))
    return c.items
