/** Spanish "why it may fit you" texts for the patient summary, keyed by knowledge entry id
 * (src/knowledge/entries/*). Each says what the entry's English `patientText` says, no more and no less:
 * no promise of safety or cure. words-parity.test.ts fails when an entry has no text here. */
export const ES_PATIENT_TEXT: Readonly<Record<string, string>> = {
  "mgus.light-chain.monitoring":
    "La MGUS de cadenas ligeras no es cáncer. Se controla con un análisis de sangre de cadenas ligeras, no con el análisis habitual de proteínas en la sangre. Necesita este análisis en 6 meses. Después, necesita uno cada año.",
  "sp.bone.radiotherapy":
    "Es el tratamiento principal para un solo tumor en el hueso. La radiación se dirige solo al tumor. Se da en dosis pequeñas durante unas semanas. A menudo puede controlar el tumor por mucho tiempo. Seguirá necesitando análisis de sangre cada pocos meses.",
  "sp.bone.surgery":
    "La cirugía no es el tratamiento principal. Puede hacer falta si el hueso se ha roto. También puede hacer falta si el tumor aprieta la médula espinal o los nervios. La radiación también forma parte del tratamiento, casi siempre después de la cirugía.",
  "sp.extramedullary.radiotherapy":
    "Es el tratamiento principal para un solo tumor fuera del hueso. La radiación se dirige al tumor. Se da en dosis pequeñas durante unas semanas. A menudo cura este tipo de tumor. Seguirá necesitando controles.",
  "sp.extramedullary.excision":
    "A veces el tumor se quita con cirugía. La cirugía sola no basta. Después se da radiación igualmente.",
  "sp.after-radiotherapy.follow-up":
    "Ya recibió radiación para el tumor. Ahora tendrá controles con análisis de sangre y de orina cada pocos meses. Se hacen escáneres si hacen falta. Estas pruebas buscan cualquier señal de que la enfermedad haya vuelto o se haya extendido.",
  "sp.high-risk.trial":
    "Su tumor tiene señales de que podría convertirse en mieloma. Todavía no hay un medicamento probado para evitarlo. Un estudio de investigación puede ser una opción. Su equipo también puede hacerle controles más seguidos.",
  "mgus.low-risk.monitoring":
    "La GMSI no es cáncer. Rara vez se convierte en mieloma. Necesita un análisis de sangre dentro de 6 meses. Si sigue igual, necesita pruebas cada 2 o 3 años. Cuente a su médico si tiene un dolor de huesos nuevo o cansancio.",
  "mgus.intermediate-high-risk.monitoring":
    "La GMSI no es cáncer. Sus análisis muestran una probabilidad algo más alta de que pueda cambiar. Necesita un análisis de sangre dentro de 6 meses. Después, necesita uno cada año.",
  "smm.on-therapy.continue-daratumumab":
    "La opción habitual es seguir recibiendo la inyección de daratumumab hasta que termine su tiempo fijo, hasta 3 años. Su equipo le revisa la sangre a menudo. Si la enfermedad se vuelve activa, el plan cambia.",
  "smm.on-therapy.monitoring":
    "Su equipo le revisa la sangre con regularidad para ver si la enfermedad se vuelve activa. Cuénteles si tiene un dolor de huesos nuevo, cansancio o infecciones.",
  "smm.monitoring":
    "El mieloma quiescente no necesita tratamiento ahora. Puede seguir sin cambios durante años. Su equipo le revisará la sangre a menudo. El primer control es dentro de 2 o 3 meses. Los controles se espacian más si todo sigue igual.",
  "smm.high-risk.active-monitoring":
    "Su mieloma quiescente tiene una probabilidad más alta de volverse activo. Esperar y hacer controles seguidos sigue siendo una opción. Su equipo le hará análisis de sangre cada pocos meses. El tratamiento empieza si la enfermedad se vuelve activa.",
  "smm.high-risk.daratumumab-sc":
    "Este medicamento es una inyección bajo la piel. Ayuda a las defensas a atacar las células del mieloma. En un estudio grande retrasó el mieloma activo. Las personas también vivieron más tiempo. Se da hasta 3 años. Las infecciones fueron más frecuentes.",
  "smm.high-risk.lenalidomide-dexamethasone":
    "Son dos pastillas que se toman por la boca. En un estudio retrasaron el mieloma activo. Las personas también vivieron más tiempo. El estudio es antiguo. Puede que algunas personas del estudio ya tuvieran mieloma activo.",
  "smm.high-risk.lenalidomide":
    "Es una pastilla que se toma por la boca. En un estudio retrasó el mieloma activo. Los efectos secundarios hicieron que muchas personas la dejaran. Pregunte a su equipo cómo se compara con esperar.",
  "smm.high-risk.trial":
    "Un estudio de investigación puede ser una opción para usted. Los estudios prueban nuevas formas de evitar que el mieloma quiescente se vuelva activo. Pregunte a su equipo si hay alguno abierto cerca de usted.",
  "ndmm.te.d-vrd":
    "Es una mezcla de cuatro medicamentos. Uno es una inyección bajo la piel. Los otros son una inyección y pastillas. Se da antes y después de un trasplante de células madre. En un estudio grande alejó el mieloma por más tiempo que tres medicamentos.",
  "ndmm.te.isa-vrd":
    "Es una mezcla de cuatro medicamentos que se da antes de un trasplante de células madre. Uno se da por la vena. En un estudio grande, más personas quedaron sin señales de mieloma. Está aprobado en Europa.",
  "ndmm.te.d-vtd":
    "Es una mezcla de cuatro medicamentos que se da antes y después de un trasplante de células madre. Se usa sobre todo en Europa. Uno de los medicamentos puede causar entumecimiento u hormigueo en las manos y los pies.",
  "ndmm.vrd":
    "Es una mezcla de tres medicamentos. Uno es una inyección bajo la piel y dos son pastillas. Ha sido un primer tratamiento habitual durante años. Se puede usar cuando una mezcla de cuatro medicamentos no es adecuada para usted.",
  "ndmm.te.krd":
    "Es una mezcla de tres medicamentos. Uno se da por la vena. En la mayoría de las personas no fue mejor que una mezcla habitual de tres medicamentos. Tuvo más efectos secundarios graves, como problemas del corazón y de los riñones.",
  "ndmm.renal.vcd":
    "Es para cuando el mieloma puede haber dañado los riñones. Su equipo primero comprueba si la causa es el mieloma, con análisis de orina y de sangre. Estos medicamentos actúan rápido y entonces son la primera opción habitual cuando los riñones están dañados. Pueden ayudar a que los riñones se recuperen. Su equipo puede cambiar a otros medicamentos cuando los riñones estén mejor.",
  "pathway.continue-current-line":
    "Lo habitual es seguir con el tratamiento que recibe ahora. Su equipo revisa su sangre y su orina para ver cómo funciona. Puede bajar o pausar un medicamento si los efectos secundarios son difíciles. Hace falta un tratamiento nuevo si el mieloma crece, o si los efectos secundarios siguen siendo demasiado difíciles.",
  "pathway.te.stem-cell-collection":
    "Antes de un trasplante, se recogen y se guardan algunas de sus propias células madre de la sangre. Esto se hace después de unas cuantas rondas de su primer tratamiento.",
  "pathway.deferred.stem-cell-collection":
    "Su trasplante se deja para más adelante. Puede que ahora se recojan y se congelen algunas de sus propias células madre de la sangre. Esto se hace después de unas cuantas rondas de su primer tratamiento. Así todavía se puede hacer un trasplante más adelante.",
  "pathway.observation-after-car-t":
    "El CAR-T se da una sola vez. Por ahora no se planea más tratamiento del mieloma. Su equipo revisa su sangre y su orina para ver que el mieloma no vuelva. También vigila las infecciones. Durante toda su vida, revisa si aparece un cáncer nuevo.",
  "pathway.no-asct.d-rd-after-d-vrd":
    "Si no recibe un trasplante, tres de sus cuatro medicamentos siguen después de 8 ciclos: una inyección bajo la piel y dos tipos de pastillas. Los sigue tomando hasta que dejen de funcionar.",
  "pathway.no-asct.isa-rd-after-isa-vrd":
    "Si no recibe un trasplante, tres de sus cuatro medicamentos siguen después de la primera parte: un goteo en la vena y dos tipos de pastillas. Los sigue tomando durante mucho tiempo.",
  "pathway.no-asct.daratumumab-after-d-vmp":
    "Después de 9 ciclos de sus cuatro medicamentos, uno de ellos sigue solo. Es una inyección bajo la piel. Ayuda a mantener controlado el mieloma.",
  "pathway.no-asct.continued-lenalidomide":
    "Si no recibe un trasplante, su primer tratamiento puede seguir de una forma más suave. Toma una pastilla cada día durante mucho tiempo. Esto puede mantener alejado el mieloma por más tiempo.",
  "ndmm.te.tandem-asct":
    "Su mieloma tiene cambios de alto riesgo. Algunos equipos planean un segundo trasplante después del primero. Los estudios no coinciden en si ayuda más. Su equipo hablará de esto con usted.",
  "ndmm.te.asct":
    "Un trasplante de células madre usa sus propias células madre de la sangre. Primero recibe una dosis alta de un medicamento fuerte. Luego le devuelven sus células madre guardadas. En muchas personas aleja el mieloma por más tiempo. Es duro para el cuerpo, así que no todas las personas pueden recibirlo.",
  "ndmm.te.consolidation.d-vrd":
    "Después del trasplante, recibe dos ciclos cortos más de los mismos cuatro medicamentos que tuvo antes. Esto es parte del plan de esta mezcla de medicamentos. Después, una pastilla diaria puede mantener alejado el mieloma.",
  "ndmm.te.consolidation.d-vtd":
    "Después del trasplante, recibe dos ciclos cortos más de los mismos cuatro medicamentos que tuvo antes. Esto es parte del plan de esta mezcla de medicamentos. Uno de los medicamentos puede causar entumecimiento u hormigueo en las manos y los pies.",
  "ndmm.te.consolidation":
    "Después del trasplante, puede recibir dos ciclos cortos más de los mismos medicamentos. Es parte del plan de algunas mezclas de medicamentos.",
  "ndmm.tie.drd":
    "Es una mezcla de tres medicamentos. Se da hasta que deja de funcionar. No causa el daño en los nervios que causan otros medicamentos. Funciona bien en personas mayores.",
  "ndmm.tie.isa-vrd":
    "Es una mezcla de cuatro medicamentos para personas que no van a recibir un trasplante. Uno se da por la vena. En un estudio grande alejó el mieloma por más tiempo que tres medicamentos. Se probó en personas de hasta 80 años.",
  "ndmm.tie.d-vrd":
    "Es una mezcla de cuatro medicamentos para personas que no van a recibir un trasplante ahora. Uno es una inyección bajo la piel. En un estudio grande, más personas quedaron sin señales de mieloma.",
  "ndmm.tie.vrd-lite":
    "Es una forma más suave de una mezcla de tres medicamentos. La inyección se da una vez por semana. Las dosis son más bajas. Es para personas mayores o personas que se cansan con facilidad.",
  "ndmm.tie.d-vmp":
    "Es una mezcla de cuatro medicamentos. Se usa cuando una pastilla habitual para el mieloma no es buena opción para usted.",
  "ndmm.frail.rd":
    "Es una mezcla sencilla de dos pastillas. Las dosis se pueden bajar. Es para personas frágiles.",
  "ndmm.frail.vd":
    "Es una mezcla sencilla de una inyección y una pastilla. La inyección se puede dar una vez por semana. Es para personas frágiles.",
  "ndmm.high-risk.trial":
    "Su mieloma tiene rasgos que lo hacen más difícil de tratar. Un estudio de investigación puede ser una opción para usted, junto con el tratamiento habitual. Pregunte a su equipo si hay alguno abierto cerca de usted.",
  "maint.lenalidomide":
    "Después de un trasplante, una dosis baja de una pastilla puede alejar el mieloma por más tiempo. Se toma cada día. Se toma durante mucho tiempo. Sube un poco la probabilidad de un segundo cáncer.",
  "maint.pi-high-risk":
    "Su mieloma tiene cambios de alto riesgo. Después del trasplante se puede añadir una inyección a la pastilla diaria. Esto puede ayudar a alejarlo por más tiempo.",
  "maint.dara-lenalidomide":
    "Si recibió cuatro medicamentos antes del trasplante, dos de ellos pueden seguir después. Uno es una inyección y el otro es una pastilla.",
  "rr.dkd":
    "El mieloma ha vuelto, así que hace falta una nueva mezcla de medicamentos. Su equipo elige una según los medicamentos que recibió antes. Esta mezcla tiene tres medicamentos. Dos se dan por la vena o bajo la piel. Puede exigir mucho al corazón, así que le revisarán el corazón.",
  "rr.isa-kd":
    "El mieloma ha vuelto, así que hace falta una nueva mezcla de medicamentos. Su equipo elige una según los medicamentos que recibió antes. Esta mezcla tiene tres medicamentos. Dos se dan por la vena. Puede exigir mucho al corazón, así que le revisarán el corazón.",
  "rr.dpd":
    "El mieloma ha vuelto, así que hace falta una nueva mezcla de medicamentos. Su equipo elige una según los medicamentos que recibió antes. Esta mezcla tiene una inyección bajo la piel y dos pastillas.",
  "rr.isa-pd":
    "El mieloma ha vuelto, así que hace falta una nueva mezcla de medicamentos. Su equipo elige una según los medicamentos que recibió antes. Esta mezcla tiene un medicamento que se da por la vena y dos pastillas.",
  "rr.dvd":
    "El mieloma ha vuelto, así que hace falta una nueva mezcla de medicamentos. Su equipo elige una según los medicamentos que recibió antes. Esta mezcla tiene dos inyecciones y una pastilla.",
  "rr.drd":
    "El mieloma ha vuelto, así que hace falta una nueva mezcla de medicamentos. Su equipo elige una según los medicamentos que recibió antes. Esta mezcla tiene una inyección y dos pastillas. Solo sirve si la pastilla lenalidomida todavía funciona en usted.",
  "rr.krd":
    "El mieloma ha vuelto, así que hace falta una nueva mezcla de medicamentos. Su equipo elige una según los medicamentos que recibió antes. Esta mezcla tiene un medicamento que se da por la vena y dos pastillas. Le revisarán el corazón.",
  "rr.pvd":
    "El mieloma ha vuelto, así que hace falta una nueva mezcla de medicamentos. Su equipo elige una según los medicamentos que recibió antes. Esta mezcla tiene una inyección y dos pastillas.",
  "rr.xvd":
    "El mieloma ha vuelto, así que hace falta una nueva mezcla de medicamentos. Su equipo elige una según los medicamentos que recibió antes. Esta mezcla tiene dos pastillas y una inyección por semana. Causa menos daño en los nervios que el plan antiguo de dos veces por semana.",
  "rr.epd":
    "El mieloma ha vuelto, así que hace falta una nueva mezcla de medicamentos. Su equipo elige una según los medicamentos que recibió antes. Esta mezcla tiene un medicamento que se da por la vena y dos pastillas.",
  "rr.bvd":
    "El mieloma ha vuelto, así que hace falta una nueva mezcla de medicamentos. Su equipo elige una según los medicamentos que recibió antes. Esta mezcla tiene un medicamento que se da por la vena, una inyección y una pastilla. Puede dañar la superficie de los ojos, así que le revisarán la vista antes de cada dosis.",
  "rr.bpd":
    "El mieloma ha vuelto, así que hace falta una nueva mezcla de medicamentos. Su equipo elige una según los medicamentos que recibió antes. Esta mezcla tiene un medicamento que se da por la vena y dos pastillas. Está aprobada en Europa. Puede dañar la superficie de los ojos, así que le revisarán la vista antes de cada dosis.",
  "rr.tec-dara":
    "El mieloma ha vuelto, así que hace falta una nueva mezcla de medicamentos. Su equipo elige una según los medicamentos que recibió antes. Esta mezcla tiene dos inyecciones bajo la piel. Una ayuda a sus propias defensas a atacar el mieloma. En un estudio grande mantuvo el mieloma controlado más tiempo que mezclas más antiguas en muchas personas. Tras cada una de las primeras dosis le vigilan de cerca durante 2 días, en el hospital o cerca de él.",
  "rr.kd":
    "El mieloma ha vuelto, así que hace falta una nueva mezcla de medicamentos. Su equipo elige una según los medicamentos que recibió antes. Esta mezcla tiene un medicamento que se da por la vena y una pastilla. Puede exigir mucho al corazón, así que le revisarán el corazón.",
  "rr.kpd":
    "El mieloma ha vuelto, así que hace falta una nueva mezcla de medicamentos. Su equipo elige una según los medicamentos que recibió antes. Esta mezcla tiene un medicamento que se da por la vena y dos pastillas. Puede exigir mucho al corazón, así que le revisarán el corazón.",
  "rr.ird":
    "El mieloma ha vuelto, así que hace falta una nueva mezcla de medicamentos. Su equipo elige una según los medicamentos que recibió antes. Esta mezcla son tres pastillas que se toman por la boca. Solo sirve si la pastilla lenalidomida todavía funciona en usted.",
  "rr.iberdomide-dara-dex":
    "Es una mezcla más nueva de medicamentos. Cuando se revisó por última vez esta información, no estaba aprobada y se esperaba una decisión. Pregunte a su equipo si ya puede recibirla, o solo en un estudio de investigación.",
  "rr.clinical-trial":
    "Un estudio de investigación puede darle un medicamento nuevo. Pregunte a su equipo si hay un estudio abierto para usted. Puede dejar un estudio en cualquier momento.",
  "rr.selinexor-dex":
    "El mieloma ha vuelto, así que hace falta una nueva mezcla de medicamentos. Su equipo elige una según los medicamentos que recibió antes. Esta mezcla son dos pastillas. Puede causar malestar, cansancio y cifras bajas de células en la sangre.",
  "cart.cilta-cel":
    "La terapia CAR-T usa sus propias células de defensa. Se sacan de su sangre y se cambian en un laboratorio para que encuentren el mieloma. Luego se las devuelven por la vena en una sola vez. Puede funcionar muy bien. Pueden ocurrir efectos secundarios graves. Después debe quedarse cerca del centro de tratamiento unas 2 semanas. No debe conducir durante unas 2 semanas.",
  "cart.ide-cel":
    "La terapia CAR-T usa sus propias células de defensa. Se cambian en un laboratorio para que encuentren el mieloma y se las devuelven por la vena en una sola vez. Puede funcionar bien después de varios otros tratamientos. Pueden ocurrir efectos secundarios graves. Después debe quedarse cerca del centro de tratamiento unas 2 semanas. No debe conducir durante unas 2 semanas.",
  "cart.anito-cel.pending":
    "Es un tipo más nuevo de CAR-T. Cuando se revisó por última vez esta información, no estaba aprobado y se esperaba una decisión. Pregunte a su equipo si ya puede recibirlo, o solo en un estudio de investigación.",
  "bsab.teclistamab":
    "Este medicamento ayuda a sus propias defensas a encontrar y destruir las células del mieloma. Es una inyección o un goteo que se da a menudo. Las primeras dosis se dan en pasos pequeños. Tras cada paso le vigilan de cerca durante 2 días, en el hospital o cerca de él. Las infecciones son frecuentes, así que recibirá medicamentos para prevenirlas.",
  "bsab.elranatamab":
    "Este medicamento ayuda a sus propias defensas a encontrar y destruir las células del mieloma. Es una inyección o un goteo que se da a menudo. Las primeras dosis se dan en pasos pequeños. Tras cada paso se queda en el hospital uno o dos días. Las infecciones son frecuentes, así que recibirá medicamentos para prevenirlas.",
  "bsab.talquetamab":
    "Este medicamento ayuda a sus propias defensas a encontrar y destruir las células del mieloma. Es una inyección o un goteo que se da a menudo. Las primeras dosis se dan en pasos pequeños. Tras cada paso se queda en el hospital uno o dos días. Las infecciones son frecuentes, así que recibirá medicamentos para prevenirlas. Este medicamento apunta a otra señal de las células, así que puede funcionar después de otros medicamentos de defensa.",
  "bsab.linvoseltamab":
    "Este medicamento ayuda a sus propias defensas a encontrar y destruir las células del mieloma. Es una inyección o un goteo que se da a menudo. Las primeras dosis se dan en pasos pequeños. Tras cada paso se queda en el hospital uno o dos días. Las infecciones son frecuentes, así que recibirá medicamentos para prevenirlas.",
  "al.d-vcd":
    "Es una mezcla de cuatro medicamentos. Uno es una inyección bajo la piel. Baja la proteína dañina que se acumula en los órganos. En un estudio grande funcionó mejor que tres medicamentos. Las personas también vivieron más tiempo.",
  "al.vcd":
    "Es una mezcla de tres medicamentos. Era el tratamiento habitual antes de una mezcla más nueva de cuatro medicamentos.",
  "al.stage-iiib.trial":
    "La proteína se ha acumulado mucho en su corazón. La mezcla habitual de medicamentos no se probó en este caso. Un estudio de investigación puede ser la mejor forma de recibir tratamiento. Su equipo también hablará con usted sobre cuidados y bienestar.",
  "al.asct":
    "Un trasplante de células madre usa una dosis alta de un medicamento fuerte y luego sus propias células madre guardadas. Sus análisis de sangre del corazón pasan los controles que se usan para elegir quién puede recibirlo. Su equipo también revisa cómo funciona su corazón antes de decidir. Solo algunas personas con esta enfermedad pueden recibirlo.",
  "sc.bone.zoledronic-acid":
    "Este medicamento fortalece los huesos. Baja la probabilidad de fracturas y de dolor de huesos. Es un goteo por la vena cada pocas semanas. Le revisan los riñones antes de cada dosis. Vaya al dentista antes de empezar. Diga a cada dentista que recibe este medicamento.",
  "sc.bone.pamidronate":
    "Este medicamento fortalece los huesos. Es un goteo por la vena cada pocas semanas. Primero le revisan los riñones. Vaya al dentista antes de empezar. Diga a cada dentista que recibe este medicamento.",
  "sc.bone.denosumab":
    "Es una inyección bajo la piel cada 4 semanas. Fortalece los huesos. La dosis no cambia cuando los riñones están débiles. Puede bajar el calcio de la sangre, así que le revisan el calcio. Con él se toma calcio y vitamina D. No lo deje sin un plan de su equipo. Vaya al dentista antes de empezar. Diga a cada dentista que recibe este medicamento.",
  "sc.bone.palliative-radiotherapy":
    "Un ciclo corto de radiación puede aliviar el dolor de huesos. También puede ayudar a un hueso débil o aliviar la presión sobre la médula espinal. A menudo lleva de una a cinco visitas.",
  "sc.bone.kyphoplasty":
    "Si se ha roto un hueso de la columna, un médico puede rellenarlo con cemento para huesos. Se hace con una aguja pequeña. Puede aliviar el dolor rápido.",
  "sc.bone.surgery":
    "La cirugía puede arreglar un hueso roto o débil. También puede dar firmeza a la columna.",
  "sc.anemia.transfusion":
    "Su recuento de células de la sangre está bajo. Esto puede causar cansancio y falta de aire. Tratar el mieloma es lo que más ayuda. Una transfusión de sangre puede ayudar si se siente mal. Dígale a su equipo médico si le falta el aire, se marea o siente mucho cansancio.",
  "sc.anemia.esa":
    "Una inyección puede ayudar a su cuerpo a hacer más glóbulos rojos. Puede bajar la necesidad de una transfusión. Puede subir el riesgo de coágulos de sangre.",
  "sc.infection.levofloxacin":
    "Una pastilla antibiótica durante las primeras 12 semanas de tratamiento baja el riesgo de una infección grave. Su dosis depende de sus riñones.",
  "sc.infection.hsv-vzv":
    "Una pastilla diaria previene el herpes zóster y el herpes labial. Son frecuentes con algunos medicamentos para el mieloma.",
  "sc.infection.hbv-screening":
    "Un análisis de sangre para la hepatitis B. Algunos medicamentos para el mieloma pueden despertar una hepatitis B antigua. Su equipo la busca antes o al principio del tratamiento.",
  "smm.on-therapy.daratumumab-course-complete":
    "Las inyecciones de daratumumab estaban previstas por un tiempo fijo de hasta 3 años, y ese tiempo se ha cumplido. Lo habitual ahora es dejarlas y seguir con análisis de sangre regulares.",
  "sc.infection.hbv-positive":
    "Sus análisis muestran una infección por hepatitis B, ahora o en el pasado. El tratamiento del mieloma puede despertarla. Un especialista del hígado o de infecciones puede aconsejar un medicamento para prevenirlo, y análisis de sangre para vigilarla.",
  "sc.infection.pjp":
    "Una pastilla antibiótica previene una infección grave del pulmón. Se toma mientras sus defensas están débiles.",
  "sc.infection.ivig":
    "Algunos tratamientos del mieloma pueden dejar su cuerpo con pocas proteínas que combaten los gérmenes. Entonces las infecciones son más probables. Un goteo o una inyección mensual de estas proteínas puede ayudar a prevenirlas.",
  "sc.vte.imid-prophylaxis-if-chosen":
    "Algunas pastillas para el mieloma suben el riesgo de coágulos de sangre. Si su tratamiento tiene una de ellas, una aspirina diaria o una inyección para diluir la sangre pueden prevenir los coágulos. Su equipo elige una según su riesgo.",
  "sc.vte.imid-high-risk-lmwh":
    "Usted tiene un riesgo más alto de coágulos de sangre. Algunas pastillas para el mieloma lo suben más. Una inyección para diluir la sangre es la opción habitual para prevenir los coágulos. La aspirina sola se usa cuando el riesgo es más bajo.",
  "sc.vte.imid-already-anticoagulated":
    "Usted ya toma un medicamento para diluir la sangre. También ayuda a prevenir los coágulos que causan algunas pastillas para el mieloma. No añada otro medicamento para diluir la sangre ni aspirina si su equipo no se lo dice. Diga a su equipo cuál toma y la dosis.",
  "sc.vte.imid-prophylaxis":
    "Algunas pastillas para el mieloma suben el riesgo de coágulos de sangre. Una aspirina diaria o una inyección para diluir la sangre pueden prevenirlos. Su equipo elige una según su riesgo.",
  "sc.vaccination":
    "Las vacunas ayudan a protegerle de infecciones. Póngase la vacuna de la gripe cada año. Pregunte por las vacunas de la neumonía, el herpes zóster y la COVID. No se ponga vacunas vivas durante el tratamiento. Después de un trasplante o de CAR-T, pregunte a ese equipo cuándo ponerse las vacunas.",
  "sc.hypercalcemia":
    "Su calcio está demasiado alto. Esto puede causar sed, confusión y riñones débiles. Su equipo puede bajarlo rápido con un medicamento para los huesos y otros medicamentos, y con líquidos o diálisis según lo permitan sus riñones.",
  "sc.hyperviscosity":
    "Su sangre está demasiado espesa. Una máquina puede limpiar la proteína de más de su sangre. Esto es urgente.",
  "sc.kidney-protection":
    "Beba bastante líquido si su equipo está de acuerdo. Evite calmantes como el ibuprofeno. Diga al personal que tiene mieloma antes de cualquier prueba de imagen con contraste.",
  "sc.kidney-protection.dialysis":
    "Pregunte a su equipo de diálisis cuánto líquido debe tomar cada día. Evite calmantes como el ibuprofeno. Diga al personal que tiene mieloma antes de cualquier prueba de imagen con contraste.",
  "sc.radiotherapy.extramedullary-plasmacytoma":
    "La radiación puede reducir un bulto de mieloma fuera del hueso. Puede aliviar el dolor o la presión que causa el bulto. Se da junto con su otro tratamiento.",
};
