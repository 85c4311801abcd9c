<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DatasetSession</name>
    <message>
        <location filename="../core/session/datasetsession.cpp" line="47"/>
        <source>No workspace could be created, so statuses and predictions are unavailable: %1</source>
        <translation>No se pudo crear ningún espacio de trabajo, así que los estados y las predicciones no están disponibles: %1</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <location filename="../ui/common/durations.cpp" line="20"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/common/durations.cpp" line="22"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/common/durations.cpp" line="23"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="46"/>
        <source>Undo the last change to the mask</source>
        <translation>Deshacer el último cambio de la máscara</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="47"/>
        <source>Redo the change undone last</source>
        <translation>Rehacer el último cambio deshecho</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="49"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="50"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="52"/>
        <source>&amp;Accept Prediction</source>
        <translation>&amp;Aceptar predicción</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="53"/>
        <source>Replace the whole mask by the prediction at the chosen threshold</source>
        <translation>Sustituir toda la máscara por la predicción con el umbral elegido</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="54"/>
        <source>Fill &amp;Holes</source>
        <translation>Rellenar &amp;huecos</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="54"/>
        <source>Fill the holes inside the lesion</source>
        <translation>Rellenar los huecos dentro de la lesión</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="55"/>
        <source>Remove &amp;Islands</source>
        <translation>Eliminar &amp;islas</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="55"/>
        <source>Remove lesion specks smaller than the chosen area</source>
        <translation>Eliminar las manchas de lesión más pequeñas que el área elegida</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="56"/>
        <source>&amp;Keep Largest Region</source>
        <translation>&amp;Conservar la región más grande</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="56"/>
        <source>Keep only the largest lesion region</source>
        <translation>Conservar solo la región de lesión más grande</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="57"/>
        <source>&amp;Smooth Outline</source>
        <translation>&amp;Suavizar contorno</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="57"/>
        <source>Round off the outline (radius: the chosen pixels)</source>
        <translation>Redondear el contorno (radio: los píxeles elegidos)</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="58"/>
        <source>&amp;Grow</source>
        <translation>&amp;Expandir</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="58"/>
        <source>Grow the mask by the chosen pixels</source>
        <translation>Expandir la máscara el número de píxeles elegido</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="59"/>
        <source>Shrin&amp;k</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="59"/>
        <source>Shrink the mask by the chosen pixels</source>
        <translation>Reducir la máscara el número de píxeles elegido</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="60"/>
        <source>&amp;Revert to Source Mask</source>
        <translation>&amp;Volver a la máscara de origen</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="60"/>
        <source>Put back the dataset&apos;s own mask (undoable)</source>
        <translation>Restaurar la máscara propia del conjunto de datos (se puede deshacer)</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="62"/>
        <source>Accept Prediction</source>
        <translation>Aceptar predicción</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="63"/>
        <source>Keep Largest</source>
        <translation>Conservar la mayor</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="64"/>
        <source>Smooth</source>
        <translation>Suavizar</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="65"/>
        <source>Revert to Source Mask</source>
        <translation>Volver a la máscara de origen</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="67"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="67"/>
        <source>Write masks, predictions, overlays or metrics to a folder</source>
        <translation>Guardar máscaras, predicciones, superposiciones o métricas en una carpeta</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="68"/>
        <source>&amp;Approve Mask</source>
        <translation>&amp;Aprobar máscara</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="68"/>
        <source>Mark this image&apos;s mask as reviewed and correct (A)</source>
        <translation>Marcar la máscara de esta imagen como revisada y correcta (A)</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="69"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="80"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="80"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="85"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="85"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../ui/mainwindow/helpdialogs.cpp" line="45"/>
        <source>Hold to hide all overlays</source>
        <translation>Mantener pulsada para ocultar todas las superposiciones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/helpdialogs.cpp" line="46"/>
        <source>Wheel</source>
        <translation>Rueda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/helpdialogs.cpp" line="46"/>
        <source>Zoom at the mouse pointer</source>
        <translation>Ampliar o reducir en el puntero del ratón</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/helpdialogs.cpp" line="47"/>
        <source>Drag</source>
        <translation>Arrastrar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/helpdialogs.cpp" line="47"/>
        <source>Pan: middle button or Space + drag; the left button with Pan/View</source>
        <translation>Desplazar: botón central o Espacio + arrastrar; el botón izquierdo con Desplazar/Ver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/helpdialogs.cpp" line="48"/>
        <source>Double click</source>
        <translation>Doble clic</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/helpdialogs.cpp" line="48"/>
        <source>Switch between fitted and 1:1</source>
        <translation>Alternar entre ajustar a la ventana y 1:1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/helpdialogs.cpp" line="51"/>
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+rueda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/helpdialogs.cpp" line="51"/>
        <source>Brush size</source>
        <translation>Tamaño del pincel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/helpdialogs.cpp" line="55"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/helpdialogs.cpp" line="66"/>
        <source>About Dermask</source>
        <translation>Acerca de Dermask</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/helpdialogs.cpp" line="67"/>
        <source>&lt;p&gt;&lt;b&gt;Dermask&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Browse dermoscopy datasets, inspect nevus masks and predictions, and find the images where they disagree.&lt;/p&gt;&lt;p&gt;Original dataset files are never written: corrected masks, statuses and predictions live in the dataset&apos;s workspace.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dermask&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Explore conjuntos de datos de dermatoscopia, revise máscaras de nevos y predicciones, y encuentre las imágenes en las que no coinciden.&lt;/p&gt;&lt;p&gt;Los archivos originales del conjunto de datos nunca se modifican: las máscaras corregidas, los estados y las predicciones se guardan en el espacio de trabajo del conjunto de datos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="33"/>
        <source>&amp;Open Dataset…</source>
        <translation>&amp;Abrir conjunto de datos…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="33"/>
        <source>Open a dataset folder</source>
        <translation>Abrir una carpeta de conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="34"/>
        <source>Open &amp;Sample Dataset</source>
        <translation>Abrir conjunto de datos de &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="35"/>
        <source>Open the synthetic sample dataset (generated on first use)</source>
        <translation>Abrir el conjunto de datos sintético de ejemplo (se genera la primera vez que se usa)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="36"/>
        <source>Dataset &amp;Problems…</source>
        <translation>&amp;Problemas del conjunto de datos…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="37"/>
        <source>Files of this dataset that could not be used, with the reason</source>
        <translation>Archivos de este conjunto de datos que no se pudieron usar, con el motivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="38"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="40"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="41"/>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="42"/>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;justar a la ventana</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="42"/>
        <source>Show the whole image (F)</source>
        <translation>Mostrar la imagen completa (F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="43"/>
        <source>&amp;Actual Size (1:1)</source>
        <translation>&amp;Tamaño real (1:1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="43"/>
        <source>One image pixel per screen pixel (1)</source>
        <translation>Un píxel de la imagen por cada píxel de la pantalla (1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="45"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="46"/>
        <source>&amp;About Dermask</source>
        <translation>A&amp;cerca de Dermask</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="49"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="50"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="51"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <location filename="../core/learning/modelcatalog.cpp" line="100"/>
        <source>%1: no such model.</source>
        <translation>%1: no existe ese modelo.</translation>
    </message>
    <message>
        <location filename="../core/learning/modelcatalog.cpp" line="102"/>
        <source>&quot;%1&quot; cannot be a model name: it becomes a file name, so it cannot contain / or \ or start with a dot.</source>
        <translation>&quot;%1&quot; no puede ser un nombre de modelo: se convierte en un nombre de archivo, así que no puede contener / ni \ ni empezar por un punto.</translation>
    </message>
    <message>
        <location filename="../core/learning/modelcatalog.cpp" line="116"/>
        <source>%1 already exists: choose another name.</source>
        <translation>%1 ya existe: elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../core/learning/modelcatalog.cpp" line="122"/>
        <source>%1: cannot rename to %2.</source>
        <translation>%1: no se puede cambiar el nombre a %2.</translation>
    </message>
    <message>
        <location filename="../core/learning/modelcatalog.cpp" line="141"/>
        <source>%1 is the active model and cannot be deleted: make another model active first.</source>
        <translation>%1 es el modelo activo y no se puede eliminar: active primero otro modelo.</translation>
    </message>
    <message>
        <location filename="../core/learning/modelcatalog.cpp" line="145"/>
        <source>%1: cannot delete the file.</source>
        <translation>%1: no se puede eliminar el archivo.</translation>
    </message>
    <message>
        <location filename="../core/learning/modelcatalog.cpp" line="148"/>
        <source>%1: cannot delete the predictions folder.</source>
        <translation>%1: no se puede eliminar la carpeta de predicciones.</translation>
    </message>
    <message>
        <location filename="../core/learning/modelcatalog.cpp" line="159"/>
        <source>%1: cannot create the models folder.</source>
        <translation>%1: no se puede crear la carpeta de modelos.</translation>
    </message>
    <message>
        <location filename="../core/learning/modelcatalog.cpp" line="175"/>
        <source>%1: cannot copy to %2.</source>
        <translation>%1: no se puede copiar en %2.</translation>
    </message>
</context>
<context>
    <name>PredictionStore</name>
    <message>
        <location filename="../core/session/predictionstore.cpp" line="64"/>
        <source>%1: no folder to write the prediction to</source>
        <translation>%1: no hay ninguna carpeta donde guardar la predicción</translation>
    </message>
    <message>
        <location filename="../core/session/predictionstore.cpp" line="66"/>
        <source>%1: the predicted mask must be 8-bit single channel</source>
        <translation>%1: la máscara predicha debe ser de 8 bits y un solo canal</translation>
    </message>
    <message>
        <location filename="../core/session/predictionstore.cpp" line="68"/>
        <source>%1: the probability map and the mask differ in size</source>
        <translation>%1: el mapa de probabilidad y la máscara tienen tamaños distintos</translation>
    </message>
    <message>
        <location filename="../core/session/predictionstore.cpp" line="70"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: no se puede crear la carpeta</translation>
    </message>
    <message>
        <location filename="../core/session/predictionstore.cpp" line="93"/>
        <source>%1: cannot read the probability map</source>
        <translation>%1: no se puede leer el mapa de probabilidad</translation>
    </message>
    <message>
        <location filename="../core/session/predictionstore.cpp" line="102"/>
        <source>%1: the probability map is not a grey image</source>
        <translation>%1: el mapa de probabilidad no es una imagen en escala de grises</translation>
    </message>
    <message>
        <location filename="../core/session/predictionstore.cpp" line="106"/>
        <source>%1: the probability map is %2x%3 but its image is %4x%5</source>
        <translation>%1: el mapa de probabilidad mide %2x%3, pero su imagen mide %4x%5</translation>
    </message>
</context>
<context>
    <name>SampleDataset</name>
    <message>
        <location filename="../ui/mainwindow/sampledataset.cpp" line="28"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: no se puede crear la carpeta</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/sampledataset.cpp" line="42"/>
        <source>%1: cannot rename to %2</source>
        <translation>%1: no se puede cambiar el nombre a %2</translation>
    </message>
</context>
<context>
    <name>SampleLabels</name>
    <message>
        <location filename="../ui/common/samplelabels.cpp" line="8"/>
        <source>No mask</source>
        <translation>Sin máscara</translation>
    </message>
    <message>
        <location filename="../ui/common/samplelabels.cpp" line="9"/>
        <source>Dataset mask</source>
        <translation>Máscara del conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/common/samplelabels.cpp" line="10"/>
        <source>Corrected</source>
        <translation>Corregida</translation>
    </message>
    <message>
        <location filename="../ui/common/samplelabels.cpp" line="11"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../ui/common/samplelabels.cpp" line="30"/>
        <source>Common nevus</source>
        <translation>Nevo común</translation>
    </message>
    <message>
        <location filename="../ui/common/samplelabels.cpp" line="32"/>
        <source>Atypical nevus</source>
        <translation>Nevo atípico</translation>
    </message>
    <message>
        <location filename="../ui/common/samplelabels.cpp" line="34"/>
        <source>Melanoma</source>
        <translation>Melanoma</translation>
    </message>
</context>
<context>
    <name>SampleLayers</name>
    <message>
        <location filename="../core/session/samplelayers.cpp" line="60"/>
        <source>%1: the image changed since the folder was read</source>
        <translation>%1: la imagen cambió desde que se leyó la carpeta</translation>
    </message>
    <message>
        <location filename="../core/session/samplelayers.cpp" line="81"/>
        <source>%1: cannot read the image</source>
        <translation>%1: no se puede leer la imagen</translation>
    </message>
    <message>
        <location filename="../core/session/samplelayers.cpp" line="120"/>
        <source>%1: cannot read the mask</source>
        <translation>%1: no se puede leer la máscara</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <location filename="../ui/mainwindow/startupoptions.cpp" line="20"/>
        <source>Browse dermoscopy datasets and inspect nevus masks.</source>
        <translation>Explore conjuntos de datos de dermatoscopia y revise máscaras de nevos.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/startupoptions.cpp" line="24"/>
        <source>Open the synthetic sample dataset (generated on first use).</source>
        <translation>Abrir el conjunto de datos sintético de ejemplo (se genera la primera vez que se usa).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/startupoptions.cpp" line="28"/>
        <source>Draw the window at 1400x900 with the dataset&apos;s first image, save it as PNG &lt;file&gt; and exit.</source>
        <translation>Dibujar la ventana a 1400x900 con la primera imagen del conjunto de datos, guardarla como PNG en &lt;file&gt; y salir.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/startupoptions.cpp" line="34"/>
        <source>User interface language, e.g. he (Hebrew, right to left) or en.</source>
        <translation>Idioma de la interfaz, p. ej., he (hebreo, de derecha a izquierda) o en.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/startupoptions.cpp" line="39"/>
        <source>Keep the dataset&apos;s workspace in &lt;dir&gt; instead of DIR/.dermask.</source>
        <translation>Guardar el espacio de trabajo del conjunto de datos en &lt;dir&gt; en lugar de DIR/.dermask.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/startupoptions.cpp" line="44"/>
        <source>The model file (.pt) that Predict uses.</source>
        <translation>El archivo de modelo (.pt) que usa Predecir.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/startupoptions.cpp" line="48"/>
        <source>Start with an editing tool active: %1.</source>
        <translation>Iniciar con una herramienta de edición activa: %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/startupoptions.cpp" line="54"/>
        <source>Dataset folder to open (default: the last one).</source>
        <translation>Carpeta del conjunto de datos que se abrirá (predeterminada: la última).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/startupoptions.cpp" line="70"/>
        <source>Only one dataset folder can be opened, got: %1</source>
        <translation>Solo se puede abrir una carpeta de conjunto de datos; se recibió: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/startupoptions.cpp" line="83"/>
        <source>--tool must be one of %1, not &apos;%2&apos;</source>
        <translation>--tool debe ser uno de %1, no &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/startupoptions.cpp" line="86"/>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot necesita un nombre de archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/startupoptions.cpp" line="88"/>
        <source>--sample and a dataset folder exclude each other</source>
        <translation>--sample y una carpeta de conjunto de datos se excluyen mutuamente</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <location filename="../ui/common/thumbnailcache.cpp" line="138"/>
        <source>%1: cannot read the image</source>
        <translation>%1: no se puede leer la imagen</translation>
    </message>
</context>
<context>
    <name>dermask::core::AutoSaver</name>
    <message>
        <location filename="../core/editing/autosaver.cpp" line="196"/>
        <source>%1: the mask could not be saved</source>
        <translation>%1: no se pudo guardar la máscara</translation>
    </message>
</context>
<context>
    <name>dermask::core::MaskDocument</name>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="352"/>
        <location filename="../core/mask/maskdocument.cpp" line="384"/>
        <source>Fill holes</source>
        <translation>Rellenar huecos</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="356"/>
        <location filename="../core/mask/maskdocument.cpp" line="389"/>
        <source>Remove islands &lt; %1 px</source>
        <translation>Eliminar islas &lt; %1 px</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="360"/>
        <location filename="../core/mask/maskdocument.cpp" line="394"/>
        <source>Keep largest</source>
        <translation>Conservar la mayor</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="365"/>
        <location filename="../core/mask/maskdocument.cpp" line="399"/>
        <source>Smooth</source>
        <translation>Suavizar</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="370"/>
        <location filename="../core/mask/maskdocument.cpp" line="404"/>
        <source>Grow %1 px</source>
        <translation>Expandir %1 px</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="375"/>
        <location filename="../core/mask/maskdocument.cpp" line="409"/>
        <source>Shrink %1 px</source>
        <translation>Reducir %1 px</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="404"/>
        <location filename="../core/mask/maskdocument.cpp" line="379"/>
        <source>Accept prediction</source>
        <translation>Aceptar predicción</translation>
    </message>
    <message>
        <location filename="../core/mask/maskdocument.cpp" line="157"/>
        <source>Brush %1 px</source>
        <translation>Pincel %1 px</translation>
    </message>
    <message>
        <location filename="../core/mask/maskdocument.cpp" line="158"/>
        <source>Erase %1 px</source>
        <translation>Borrar %1 px</translation>
    </message>
    <message>
        <location filename="../core/mask/maskdocument.cpp" line="336"/>
        <source>Polygon fill</source>
        <translation>Relleno de polígono</translation>
    </message>
    <message>
        <location filename="../core/mask/maskdocument.cpp" line="336"/>
        <source>Polygon erase</source>
        <translation>Borrado de polígono</translation>
    </message>
    <message>
        <location filename="../core/mask/maskdocument.cpp" line="342"/>
        <source>Flood fill</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <location filename="../core/mask/maskdocument.cpp" line="342"/>
        <source>Flood erase</source>
        <translation>Borrado por relleno</translation>
    </message>
    <message>
        <location filename="../core/mask/maskdocument.cpp" line="360"/>
        <source>GrabCut</source>
        <translation>GrabCut</translation>
    </message>
    <message>
        <location filename="../core/mask/maskdocument.cpp" line="415"/>
        <source>Revert to source mask</source>
        <translation>Volver a la máscara de origen</translation>
    </message>
</context>
<context>
    <name>dermask::core::MaskJobs</name>
    <message>
        <location filename="../core/editing/maskjobs.cpp" line="36"/>
        <source>%1 failed, the mask is unchanged: %2</source>
        <translation>%1 ha fallado; la máscara no ha cambiado: %2</translation>
    </message>
    <message>
        <location filename="../core/editing/maskjobs.cpp" line="62"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location filename="../core/editing/maskjobs.cpp" line="86"/>
        <source>the result is not a mask of the image&apos;s size</source>
        <translation>el resultado no es una máscara del tamaño de la imagen</translation>
    </message>
</context>
<context>
    <name>dermask::core::ModelGate</name>
    <message>
        <location filename="../core/learning/modelgate.cpp" line="83"/>
        <source>the comparison was cancelled</source>
        <translation>la comparación se canceló</translation>
    </message>
    <message>
        <location filename="../core/learning/modelgate.cpp" line="84"/>
        <source>%1: none of the validation images could be predicted</source>
        <translation>%1: no se pudo predecir ninguna de las imágenes de validación</translation>
    </message>
</context>
<context>
    <name>dermask::core::PredictController</name>
    <message>
        <location filename="../core/learning/predictcontroller.cpp" line="45"/>
        <source>Prediction is not available in this build.</source>
        <translation>La predicción no está disponible en esta compilación.</translation>
    </message>
    <message>
        <location filename="../core/learning/predictcontroller.cpp" line="47"/>
        <source>A prediction is already running.</source>
        <translation>Ya hay una predicción en curso.</translation>
    </message>
    <message>
        <location filename="../core/learning/predictcontroller.cpp" line="49"/>
        <source>Open a dataset with a workspace first.</source>
        <translation>Abra primero un conjunto de datos con espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../core/learning/predictcontroller.cpp" line="51"/>
        <source>Choose a model file first.</source>
        <translation>Elija primero un archivo de modelo.</translation>
    </message>
    <message>
        <location filename="../core/learning/predictcontroller.cpp" line="53"/>
        <source>There is nothing to predict.</source>
        <translation>No hay nada que predecir.</translation>
    </message>
    <message>
        <location filename="../core/learning/predictcontroller.cpp" line="115"/>
        <source>%1: cannot load the model</source>
        <translation>%1: no se puede cargar el modelo</translation>
    </message>
</context>
<context>
    <name>dermask::core::TrainingController</name>
    <message>
        <location filename="../core/learning/trainingcontroller.cpp" line="126"/>
        <source>Training is not available: the model worker has stopped.</source>
        <translation>El entrenamiento no está disponible: el proceso del modelo se ha detenido.</translation>
    </message>
    <message>
        <location filename="../core/learning/trainingcontroller.cpp" line="128"/>
        <source>Open a dataset to train on its masks.</source>
        <translation>Abra un conjunto de datos para entrenar con sus máscaras.</translation>
    </message>
    <message>
        <location filename="../core/learning/trainingcontroller.cpp" line="130"/>
        <source>This dataset has no workspace, so a trained model could not be saved.</source>
        <translation>Este conjunto de datos no tiene espacio de trabajo, así que no se podría guardar un modelo entrenado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/learning/trainingcontroller.cpp" line="133"/>
        <source>Training needs at least %1 images with a mask; this dataset has %2. Draw masks on %n more image(s) with the Edit tools, then start again.</source>
        <translation>
            <numerusform>El entrenamiento necesita al menos %1 imágenes con máscara; este conjunto de datos tiene %2. Dibuje máscaras en %n imagen más con las herramientas de edición y vuelva a empezar.</numerusform>
            <numerusform>El entrenamiento necesita al menos %1 imágenes con máscara; este conjunto de datos tiene %2. Dibuje máscaras en %n imágenes más con las herramientas de edición y vuelva a empezar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/learning/trainingcontroller.cpp" line="160"/>
        <source>A training run is already going on.</source>
        <translation>Ya hay un entrenamiento en curso.</translation>
    </message>
    <message>
        <location filename="../core/learning/trainingcontroller.cpp" line="182"/>
        <source>There is no active model to fine-tune: train one first.</source>
        <translation>No hay ningún modelo activo al que aplicar ajuste fino: entrene uno primero.</translation>
    </message>
    <message>
        <location filename="../core/learning/trainingcontroller.cpp" line="184"/>
        <source>%1 is not a Dermask model (a TorchScript module, or its description is missing), so it cannot be fine-tuned.</source>
        <translation>%1 no es un modelo de Dermask (es un módulo TorchScript o le falta su descripción), así que no admite ajuste fino.</translation>
    </message>
    <message>
        <location filename="../core/learning/trainingcontroller.cpp" line="195"/>
        <source>Unknown network &quot;%1&quot;.</source>
        <translation>Red desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/learning/trainingcontroller.cpp" line="203"/>
        <source>%1: cannot create the models folder.</source>
        <translation>%1: no se puede crear la carpeta de modelos.</translation>
    </message>
    <message>
        <location filename="../core/learning/trainingcontroller.cpp" line="318"/>
        <source>The click tool (K) corrects masks with it now.</source>
        <translation>La herramienta de clics (K) corrige las máscaras con él a partir de ahora.</translation>
    </message>
    <message>
        <location filename="../core/learning/trainingcontroller.cpp" line="374"/>
        <source>It could not be measured on the validation images (%1), so the active model stays.</source>
        <translation>No se pudo medir con las imágenes de validación (%1), así que se mantiene el modelo activo.</translation>
    </message>
    <message>
        <location filename="../core/learning/trainingcontroller.cpp" line="377"/>
        <source>There are no validation images to compare it on.</source>
        <translation>No hay imágenes de validación con las que compararlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/learning/trainingcontroller.cpp" line="379"/>
        <source>Dice %1 on the %n validation image(s).</source>
        <translation>
            <numerusform>Dice %1 en la %n imagen de validación.</numerusform>
            <numerusform>Dice %1 en las %n imágenes de validación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/learning/trainingcontroller.cpp" line="382"/>
        <source>Dice %1 on the %n validation image(s), against %2 for %3.</source>
        <translation>
            <numerusform>Dice %1 en la %n imagen de validación, frente a %2 de %3.</numerusform>
            <numerusform>Dice %1 en las %n imágenes de validación, frente a %2 de %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/learning/trainingcontroller.cpp" line="384"/>
        <source>But it is worse than the active model on the same %n validation image(s): Dice %1 against %2 (%3 less), so %4 stays active. %5 is kept: make it active in the Models panel if you want it anyway.</source>
        <translation>
            <numerusform>Pero es peor que el modelo activo en la misma %n imagen de validación: Dice %1 frente a %2 (%3 menos), así que %4 sigue activo. %5 se conserva: actívelo en el panel Modelos si aun así lo quiere.</numerusform>
            <numerusform>Pero es peor que el modelo activo en las mismas %n imágenes de validación: Dice %1 frente a %2 (%3 menos), así que %4 sigue activo. %5 se conserva: actívelo en el panel Modelos si aun así lo quiere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/learning/trainingcontroller.cpp" line="399"/>
        <source>Training finished: %n epoch(s).</source>
        <translation>
            <numerusform>Entrenamiento finalizado: %n época.</numerusform>
            <numerusform>Entrenamiento finalizado: %n épocas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/learning/trainingcontroller.cpp" line="402"/>
        <source>Training stopped early after %n epoch(s): the validation Dice had stopped improving.</source>
        <translation>
            <numerusform>El entrenamiento se detuvo antes de tiempo tras %n época: el Dice de validación había dejado de mejorar.</numerusform>
            <numerusform>El entrenamiento se detuvo antes de tiempo tras %n épocas: el Dice de validación había dejado de mejorar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/learning/trainingcontroller.cpp" line="406"/>
        <source>Training used its time budget: %n epoch(s).</source>
        <translation>
            <numerusform>El entrenamiento agotó su tiempo disponible: %n época.</numerusform>
            <numerusform>El entrenamiento agotó su tiempo disponible: %n épocas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/learning/trainingcontroller.cpp" line="409"/>
        <source>Training stopped after %n epoch(s).</source>
        <translation>
            <numerusform>El entrenamiento se detuvo tras %n época.</numerusform>
            <numerusform>El entrenamiento se detuvo tras %n épocas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/learning/trainingcontroller.cpp" line="413"/>
        <source>Training failed: %1</source>
        <translation>Error en el entrenamiento: %1</translation>
    </message>
    <message>
        <location filename="../core/learning/trainingcontroller.cpp" line="413"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location filename="../core/learning/trainingcontroller.cpp" line="418"/>
        <source>Best validation Dice %1 (epoch %2).</source>
        <translation>Mejor Dice de validación: %1 (época %2).</translation>
    </message>
    <message>
        <location filename="../core/learning/trainingcontroller.cpp" line="422"/>
        <source>%1 is now the active model.</source>
        <translation>%1 es ahora el modelo activo.</translation>
    </message>
    <message>
        <location filename="../core/learning/trainingcontroller.cpp" line="424"/>
        <source>No epoch had finished: nothing was kept, the active model is unchanged.</source>
        <translation>No había terminado ninguna época: no se ha conservado nada y el modelo activo no cambia.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::BrowserWidget</name>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="118"/>
        <source>Filter by id…</source>
        <translation>Filtrar por ID…</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="120"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="121"/>
        <source>Unreviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="122"/>
        <source>No mask</source>
        <translation>Sin máscara</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="123"/>
        <source>Dataset mask</source>
        <translation>Máscara del conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="124"/>
        <source>Corrected</source>
        <translation>Corregida</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="125"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="126"/>
        <source>Show only images with this review status</source>
        <translation>Mostrar solo las imágenes con este estado de revisión</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="127"/>
        <source>Show only images with this clinical diagnosis</source>
        <translation>Mostrar solo las imágenes con este diagnóstico clínico</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="128"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="129"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="130"/>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="131"/>
        <source>Worst Dice first (disagreement)</source>
        <translation>Peor Dice primero (discrepancia)</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="132"/>
        <source>Best Dice first</source>
        <translation>Mejor Dice primero</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="133"/>
        <source>Most uncertain first</source>
        <translation>Más inciertas primero</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="134"/>
        <source>Worst Dice first lists the images where prediction and mask disagree most: the likeliest mask errors.</source>
        <translation>Peor Dice primero muestra las imágenes en las que la predicción y la máscara más discrepan: los errores de máscara más probables.</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="136"/>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="137"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="138"/>
        <source>Sort:</source>
        <translation>Ordenar:</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="145"/>
        <source>Atypical nevus</source>
        <translation>Nevo atípico</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="148"/>
        <source>Uncert.</source>
        <translation>Incert.</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="267"/>
        <source>All diagnoses</source>
        <translation>Todos los diagnósticos</translation>
    </message>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="269"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browser/browserwidget.cpp" line="312"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/browser/browserwidget.cpp" line="313"/>
        <source>Showing %1 of %n image(s)</source>
        <translation>
            <numerusform>Se muestra %1 de %n imagen</numerusform>
            <numerusform>Se muestran %1 de %n imágenes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dermask::ui::ClickTool</name>
    <message>
        <location filename="../ui/tools/clicktool.cpp" line="40"/>
        <source>No click model yet: train one in the Training panel (Model: Click correction), then click on the lesion here.</source>
        <translation>Todavía no hay modelo de clics: entrene uno en el panel Entrenamiento (Modelo: Corrección por clics) y luego haga clic aquí en la lesión.</translation>
    </message>
    <message>
        <location filename="../ui/tools/clicktool.cpp" line="79"/>
        <source>The image is still loading: click again in a moment.</source>
        <translation>La imagen todavía se está cargando: vuelva a hacer clic en un momento.</translation>
    </message>
    <message>
        <location filename="../ui/tools/clicktool.cpp" line="141"/>
        <source>The box must be at least 4 × 4 image pixels: drag around the lesion, or click on it.</source>
        <translation>El recuadro debe medir al menos 4 × 4 píxeles de la imagen: arrástrelo alrededor de la lesión o haga clic en ella.</translation>
    </message>
    <message>
        <location filename="../ui/tools/clicktool.cpp" line="177"/>
        <source>The click model is redrawing the mask…</source>
        <translation>El modelo de clics está redibujando la máscara…</translation>
    </message>
    <message>
        <location filename="../ui/tools/clicktool.cpp" line="191"/>
        <source>Click: lesion</source>
        <translation>Clic: lesión</translation>
    </message>
    <message>
        <location filename="../ui/tools/clicktool.cpp" line="191"/>
        <source>Click: skin</source>
        <translation>Clic: piel</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tools/clicktool.cpp" line="199"/>
        <source>%n click(s). Left: lesion, right: skin; Backspace drops the last; Enter keeps the mask.</source>
        <translation>
            <numerusform>%n clic. Izquierdo: lesión, derecho: piel; Retroceso quita el último; Intro conserva la máscara.</numerusform>
            <numerusform>%n clics. Izquierdo: lesión, derecho: piel; Retroceso quita el último; Intro conserva la máscara.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tools/clicktool.cpp" line="201"/>
        <source>The click model left the mask as it was: click where it is still wrong.</source>
        <translation>El modelo de clics dejó la máscara como estaba: haga clic donde todavía esté mal.</translation>
    </message>
    <message>
        <location filename="../ui/tools/clicktool.cpp" line="210"/>
        <source>The click model failed: %1</source>
        <translation>El modelo de clics falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/tools/clicktool.cpp" line="243"/>
        <source>Last click dropped.</source>
        <translation>Último clic quitado.</translation>
    </message>
    <message>
        <location filename="../ui/tools/clicktool.cpp" line="248"/>
        <source>Mask kept.</source>
        <translation>Máscara conservada.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::ColorButton</name>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="129"/>
        <source>Choose a colour</source>
        <translation>Elegir un color</translation>
    </message>
    <message>
        <location filename="../ui/panels/colorbutton.cpp" line="27"/>
        <source>Overlay colour</source>
        <translation>Color de la superposición</translation>
    </message>
</context>
<context>
    <name>dermask::ui::DatasetOpener</name>
    <message>
        <location filename="../ui/mainwindow/datasetopener.cpp" line="56"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/datasetopener.cpp" line="54"/>
        <source>Sample dataset</source>
        <translation>Conjunto de datos de ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/datasetopener.cpp" line="108"/>
        <source>Open Dataset Folder</source>
        <translation>Abrir carpeta de conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/datasetopener.cpp" line="125"/>
        <source>The last dataset, %1, is no longer there.</source>
        <translation>El último conjunto de datos, %1, ya no existe.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/datasetopener.cpp" line="139"/>
        <source>%1: cannot open</source>
        <translation>%1: no se puede abrir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/datasetopener.cpp" line="142"/>
        <source>Open Dataset</source>
        <translation>Abrir conjunto de datos</translation>
    </message>
</context>
<context>
    <name>dermask::ui::EditController</name>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="43"/>
        <source>%1: nothing to change.</source>
        <translation>%1: no hay nada que cambiar.</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="130"/>
        <source>%1 cannot be edited: %2</source>
        <translation>%1 no se puede editar: %2</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="140"/>
        <source>The mask of %1 could not be read, so editing starts from an empty mask: %2</source>
        <translation>No se pudo leer la máscara de %1, así que la edición empieza con una máscara vacía: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editing/editcontroller.cpp" line="206"/>
        <source>The changes to %n image(s) could not be saved:

%1

They are still here. Free some space or make the workspace writable and try again, or quit and lose them.</source>
        <translation>
            <numerusform>No se pudieron guardar los cambios de %n imagen:

%1

Siguen aquí. Libere espacio o haga que el espacio de trabajo admita escritura y vuelva a intentarlo, o salga y piérdalos.</numerusform>
            <numerusform>No se pudieron guardar los cambios de %n imágenes:

%1

Siguen aquí. Libere espacio o haga que el espacio de trabajo admita escritura y vuelva a intentarlo, o salga y piérdalos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="215"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="216"/>
        <source>Quit and Lose Them</source>
        <translation>Salir y perderlos</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="217"/>
        <source>Keep Dermask Open</source>
        <translation>Mantener Dermask abierto</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="232"/>
        <source>%1 is not approved: its changes could not be saved.</source>
        <translation>%1 no se ha aprobado: no se pudieron guardar sus cambios.</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="238"/>
        <source>%1 has no mask to approve.</source>
        <translation>%1 no tiene ninguna máscara que aprobar.</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="239"/>
        <source>Statuses cannot be saved: this dataset has no workspace.</source>
        <translation>No se pueden guardar los estados: este conjunto de datos no tiene espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="258"/>
        <source>Review status</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="283"/>
        <source>Saving failed</source>
        <translation>Error al guardar</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="284"/>
        <source>The corrected mask of %1 could not be saved:
%2

The change is kept in memory and marked unsaved; Dermask tries again after your next change and when you leave the image.</source>
        <translation>No se pudo guardar la máscara corregida de %1:
%2

El cambio se conserva en memoria y se marca como no guardado; Dermask vuelve a intentarlo tras su próximo cambio y cuando deje la imagen.</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="299"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="302"/>
        <location filename="../ui/editing/editcontroller.cpp" line="317"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="304"/>
        <source>Unsaved changes: %1 (saved in a moment)</source>
        <translation>Cambios sin guardar: %1 (se guardarán en un momento)</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="307"/>
        <source>All changes are saved in %1.</source>
        <translation>Todos los cambios están guardados en %1.</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="308"/>
        <source>Every change is saved by itself, in %1.</source>
        <translation>Cada cambio se guarda automáticamente en %1.</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="310"/>
        <source>This dataset has no workspace: changes cannot be saved.</source>
        <translation>Este conjunto de datos no tiene espacio de trabajo: los cambios no se pueden guardar.</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="315"/>
        <source>⚠ Not saved</source>
        <translation>⚠ No guardado</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="319"/>
        <source>● Unsaved</source>
        <translation>● Sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="321"/>
        <source>✓ Saved</source>
        <translation>✓ Guardado</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="383"/>
        <source>The mask already is the dataset&apos;s own mask.</source>
        <translation>La máscara ya es la propia del conjunto de datos.</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="399"/>
        <source>This image has no prediction to accept: use Predict ▸ Predict This Image first.</source>
        <translation>Esta imagen no tiene ninguna predicción que aceptar: use primero Predicción ▸ Predecir esta imagen.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::EditPanel</name>
    <message>
        <location filename="../ui/editing/editpanel.cpp" line="145"/>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <location filename="../ui/editing/editpanel.cpp" line="146"/>
        <source>Probability from which the prediction counts as lesion; the dashed outline shows the result while you choose</source>
        <translation>Probabilidad a partir de la cual la predicción cuenta como lesión; el contorno discontinuo muestra el resultado mientras elige</translation>
    </message>
    <message>
        <location filename="../ui/editing/editpanel.cpp" line="148"/>
        <source>Threshold:</source>
        <translation>Umbral:</translation>
    </message>
    <message>
        <location filename="../ui/editing/editpanel.cpp" line="150"/>
        <source>No prediction for this image yet: Predict ▸ Predict This Image.</source>
        <translation>Aún no hay predicción para esta imagen: Predicción ▸ Predecir esta imagen.</translation>
    </message>
    <message>
        <location filename="../ui/editing/editpanel.cpp" line="151"/>
        <source>Clean up</source>
        <translation>Limpieza</translation>
    </message>
    <message>
        <location filename="../ui/editing/editpanel.cpp" line="152"/>
        <location filename="../ui/editing/editpanel.cpp" line="154"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/editing/editpanel.cpp" line="153"/>
        <source>Regions smaller than this many pixels are removed</source>
        <translation>Se eliminan las regiones con menos píxeles que este número</translation>
    </message>
    <message>
        <location filename="../ui/editing/editpanel.cpp" line="155"/>
        <source>How far Grow and Shrink move the outline, and the radius of Smooth</source>
        <translation>Cuánto desplazan el contorno Expandir y Reducir, y el radio de Suavizar</translation>
    </message>
    <message>
        <location filename="../ui/editing/editpanel.cpp" line="156"/>
        <source>under</source>
        <translation>menores de</translation>
    </message>
    <message>
        <location filename="../ui/editing/editpanel.cpp" line="157"/>
        <source>by</source>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../ui/editing/editpanel.cpp" line="158"/>
        <source>History of this image (click to go back):</source>
        <translation>Historial de esta imagen (haga clic para volver atrás):</translation>
    </message>
    <message>
        <location filename="../ui/editing/editpanel.cpp" line="159"/>
        <source>As opened</source>
        <translation>Tal como se abrió</translation>
    </message>
</context>
<context>
    <name>dermask::ui::ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="142"/>
        <location filename="../ui/export/exportdialog.cpp" line="160"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="143"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="144"/>
        <source>Masks: your corrections, else the dataset&apos;s own masks</source>
        <translation>Máscaras: sus correcciones o, si no hay, las máscaras propias del conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="145"/>
        <source>Predictions of a model</source>
        <translation>Predicciones de un modelo</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="146"/>
        <source>Both (in the subfolders masks/ and predictions/)</source>
        <translation>Ambas (en las subcarpetas masks/ y predictions/)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="147"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="148"/>
        <source>Folder to write into (created if missing)</source>
        <translation>Carpeta de destino (se crea si no existe)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="149"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="150"/>
        <source>Where:</source>
        <translation>Dónde:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="151"/>
        <source>As the dataset&apos;s masks</source>
        <translation>Como las máscaras del conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="152"/>
        <source>ISIC (&lt;id&gt;_segmentation.png)</source>
        <translation>ISIC (&lt;id&gt;_segmentation.png)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="153"/>
        <source>Plain (&lt;id&gt;.png)</source>
        <translation>Simple (&lt;id&gt;.png)</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="154"/>
        <source>File names:</source>
        <translation>Nombres de archivo:</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="155"/>
        <source>Also</source>
        <translation>Además</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="156"/>
        <source>Overlay images: each photo with the mask (green) and prediction (magenta) outlined, in overlays/</source>
        <translation>Imágenes de superposición: cada foto con el contorno de la máscara (verde) y de la predicción (magenta), en overlays/</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="158"/>
        <source>Metrics table (metrics.csv): status, areas, Dice and IoU per image</source>
        <translation>Tabla de métricas (metrics.csv): estado, áreas, Dice e IoU por imagen</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="159"/>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="121"/>
        <source>Export Into</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="213"/>
        <source>Changes to %1 could not be saved; the export holds their last saved masks.</source>
        <translation>No se pudieron guardar los cambios de %1; la exportación contiene sus últimas máscaras guardadas.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="227"/>
        <source>No predictions yet: use Predict ▸ Predict All first.</source>
        <translation>Aún no hay predicciones: use primero Predicción ▸ Predecir todas.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="235"/>
        <source>e.g. %1</source>
        <translation>p. ej., %1</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="260"/>
        <source>This dataset has no workspace to export from.</source>
        <translation>Este conjunto de datos no tiene espacio de trabajo desde el que exportar.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="262"/>
        <source>Choose the folder to write into.</source>
        <translation>Elija la carpeta de destino.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="264"/>
        <source>There are no predictions to export yet.</source>
        <translation>Aún no hay predicciones que exportar.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="275"/>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="161"/>
        <location filename="../ui/export/exportdialog.cpp" line="277"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="295"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="161"/>
        <location filename="../ui/export/exportdialog.cpp" line="340"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportdialog.cpp" line="321"/>
        <source>%n mask(s)</source>
        <translation>
            <numerusform>%n máscara</numerusform>
            <numerusform>%n máscaras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportdialog.cpp" line="323"/>
        <source>%n prediction(s)</source>
        <translation>
            <numerusform>%n predicción</numerusform>
            <numerusform>%n predicciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportdialog.cpp" line="325"/>
        <source>%n overlay image(s)</source>
        <translation>
            <numerusform>%n imagen de superposición</numerusform>
            <numerusform>%n imágenes de superposición</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="327"/>
        <source>the metrics table</source>
        <translation>la tabla de métricas</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="328"/>
        <source>Cancelled after writing %1 to %2.</source>
        <translation>Se canceló tras exportar %1 a %2.</translation>
    </message>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="328"/>
        <source>Wrote %1 to %2.</source>
        <translation>Exportado a %2: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportdialog.cpp" line="331"/>
        <source>%n image(s) without a mask were skipped.</source>
        <translation>
            <numerusform>Se omitió %n imagen sin máscara.</numerusform>
            <numerusform>Se omitieron %n imágenes sin máscara.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/exportdialog.cpp" line="333"/>
        <source>%n image(s) without a prediction were skipped.</source>
        <translation>
            <numerusform>Se omitió %n imagen sin predicción.</numerusform>
            <numerusform>Se omitieron %n imágenes sin predicción.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dermask::ui::FloodTool</name>
    <message>
        <location filename="../ui/tools/floodtool.cpp" line="31"/>
        <source>Already lesion: click inside a background region (a hole) to fill it.</source>
        <translation>Ya es lesión: haga clic dentro de una región de fondo (un hueco) para rellenarla.</translation>
    </message>
    <message>
        <location filename="../ui/tools/floodtool.cpp" line="32"/>
        <source>Already background: right-click inside a lesion region to clear it.</source>
        <translation>Ya es fondo: haga clic derecho dentro de una región de lesión para borrarla.</translation>
    </message>
    <message>
        <location filename="../ui/tools/floodtool.cpp" line="35"/>
        <source>Flood fill</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <location filename="../ui/tools/floodtool.cpp" line="35"/>
        <source>Flood erase</source>
        <translation>Borrado por relleno</translation>
    </message>
</context>
<context>
    <name>dermask::ui::GrabCutTool</name>
    <message>
        <location filename="../ui/tools/grabcuttool.cpp" line="72"/>
        <source>Drag a box around the lesion first.</source>
        <translation>Primero arrastre un recuadro alrededor de la lesión.</translation>
    </message>
    <message>
        <location filename="../ui/tools/grabcuttool.cpp" line="98"/>
        <source>The GrabCut box must be at least 4 × 4 image pixels: drag around the lesion.</source>
        <translation>El recuadro de GrabCut debe medir al menos 4 × 4 píxeles de la imagen: arrástrelo alrededor de la lesión.</translation>
    </message>
    <message>
        <location filename="../ui/tools/grabcuttool.cpp" line="144"/>
        <source>GrabCut is looking for the lesion in the box…</source>
        <translation>GrabCut está buscando la lesión en el recuadro…</translation>
    </message>
    <message>
        <location filename="../ui/tools/grabcuttool.cpp" line="175"/>
        <source>GrabCut failed: %1</source>
        <translation>Error de GrabCut: %1</translation>
    </message>
    <message>
        <location filename="../ui/tools/grabcuttool.cpp" line="184"/>
        <source>GrabCut done. Refine: paint inside the box with the left button for lesion, the right for skin; Shift+drag for a new box.</source>
        <translation>GrabCut terminado. Para refinar, pinte dentro del recuadro con el botón izquierdo para lesión y con el derecho para piel; Mayús+arrastrar para un recuadro nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/tools/grabcuttool.cpp" line="187"/>
        <source>GrabCut done.</source>
        <translation>GrabCut terminado.</translation>
    </message>
    <message>
        <location filename="../ui/tools/grabcuttool.cpp" line="292"/>
        <source>GrabCut…</source>
        <translation>GrabCut…</translation>
    </message>
</context>
<context>
    <name>dermask::ui::ImageCanvas</name>
    <message>
        <location filename="../ui/canvas/imagecanvas.cpp" line="87"/>
        <source>The edit on %1 was not applied: you left the image before its full resolution was read.</source>
        <translation>La edición de %1 no se aplicó: salió de la imagen antes de que se leyera su resolución completa.</translation>
    </message>
    <message>
        <location filename="../ui/canvas/imagecanvas.cpp" line="504"/>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <location filename="../ui/canvas/imagecanvas.cpp" line="511"/>
        <source>Cannot show %1</source>
        <translation>No se puede mostrar %1</translation>
    </message>
</context>
<context>
    <name>dermask::ui::InfoPanel</name>
    <message>
        <location filename="../ui/panels/infopanel.cpp" line="22"/>
        <source>%1 px (%2 % of the image)</source>
        <translation>%1 px (%2 % de la imagen)</translation>
    </message>
    <message>
        <location filename="../ui/panels/infopanel.cpp" line="71"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../ui/panels/infopanel.cpp" line="72"/>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <location filename="../ui/panels/infopanel.cpp" line="73"/>
        <source>Diagnosis:</source>
        <translation>Diagnóstico:</translation>
    </message>
    <message>
        <location filename="../ui/panels/infopanel.cpp" line="74"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../ui/panels/infopanel.cpp" line="75"/>
        <source>Mask:</source>
        <translation>Máscara:</translation>
    </message>
    <message>
        <location filename="../ui/panels/infopanel.cpp" line="76"/>
        <source>Mask area:</source>
        <translation>Área de la máscara:</translation>
    </message>
    <message>
        <location filename="../ui/panels/infopanel.cpp" line="77"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location filename="../ui/panels/infopanel.cpp" line="78"/>
        <source>Predicted area:</source>
        <translation>Área predicha:</translation>
    </message>
    <message>
        <location filename="../ui/panels/infopanel.cpp" line="79"/>
        <source>Dice:</source>
        <translation>Dice:</translation>
    </message>
    <message>
        <location filename="../ui/panels/infopanel.cpp" line="80"/>
        <source>IoU:</source>
        <translation>IoU:</translation>
    </message>
    <message>
        <location filename="../ui/panels/infopanel.cpp" line="81"/>
        <source>Uncertainty:</source>
        <translation>Incertidumbre:</translation>
    </message>
    <message>
        <location filename="../ui/panels/infopanel.cpp" line="114"/>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <location filename="../ui/panels/infopanel.cpp" line="138"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <location filename="../ui/panels/infopanel.cpp" line="145"/>
        <location filename="../ui/panels/infopanel.cpp" line="152"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../ui/panels/infopanel.cpp" line="147"/>
        <source>your correction</source>
        <translation>su corrección</translation>
    </message>
    <message>
        <location filename="../ui/panels/infopanel.cpp" line="149"/>
        <source>the dataset&apos;s mask</source>
        <translation>la máscara del conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/panels/infopanel.cpp" line="155"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/panels/infopanel.cpp" line="163"/>
        <source>not predicted yet</source>
        <translation>aún sin predecir</translation>
    </message>
</context>
<context>
    <name>dermask::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/mainwindow/languagemenu.cpp" line="41"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/languagemenu.cpp" line="42"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>dermask::ui::LassoTool</name>
    <message>
        <location filename="../ui/tools/lassotool.cpp" line="76"/>
        <source>Click the next corners; double-click, Enter or a click on the first corner closes the polygon. Esc drops it.</source>
        <translation>Haga clic en las siguientes esquinas; doble clic, Intro o un clic en la primera esquina cierra el polígono. Esc lo descarta.</translation>
    </message>
    <message>
        <location filename="../ui/tools/lassotool.cpp" line="146"/>
        <source>A lasso needs at least three corners.</source>
        <translation>Un lazo necesita al menos tres esquinas.</translation>
    </message>
    <message>
        <location filename="../ui/tools/lassotool.cpp" line="151"/>
        <source>Nothing changed: the inside of the lasso was background already.</source>
        <translation>No ha cambiado nada: el interior del lazo ya era fondo.</translation>
    </message>
    <message>
        <location filename="../ui/tools/lassotool.cpp" line="152"/>
        <source>Nothing changed: the inside of the lasso was lesion already.</source>
        <translation>No ha cambiado nada: el interior del lazo ya era lesión.</translation>
    </message>
    <message>
        <location filename="../ui/tools/lassotool.cpp" line="158"/>
        <source>This image has no prediction to accept: use Predict ▸ Predict This Image first.</source>
        <translation>Esta imagen no tiene ninguna predicción que aceptar: use primero Predicción ▸ Predecir esta imagen.</translation>
    </message>
    <message>
        <location filename="../ui/tools/lassotool.cpp" line="166"/>
        <source>Nothing changed: inside the lasso the mask already equals the prediction.</source>
        <translation>No ha cambiado nada: dentro del lazo la máscara ya coincide con la predicción.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="523"/>
        <source>Dermask</source>
        <translation>Dermask</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/windowdocks.cpp" line="71"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/windowdocks.cpp" line="72"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/windowdocks.cpp" line="74"/>
        <source>Overlays</source>
        <translation>Superposiciones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/windowdocks.cpp" line="73"/>
        <source>Edit</source>
        <translation>Edición</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="162"/>
        <source>&amp;Clean Up</source>
        <translation>&amp;Limpieza</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="511"/>
        <source>Hold H to Hide All Overlays</source>
        <translation>Mantener pulsada H para ocultar todas las superposiciones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="170"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="173"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="175"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="176"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="179"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="182"/>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="203"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="207"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="223"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="391"/>
        <source>No images found in %1.
Dermask looks for PH2, ISIC, images/ + masks/ folders, or plain image files.</source>
        <translation>No se encontraron imágenes en %1.
Dermask busca carpetas de PH2, ISIC, images/ + masks/ o archivos de imagen sueltos.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="528"/>
        <source>%1 — Dermask</source>
        <translation>%1 — Dermask</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="529"/>
        <source>%1 — %2 — Dermask</source>
        <translation>%1 — %2 — Dermask</translation>
    </message>
</context>
<context>
    <name>dermask::ui::ModelsDock</name>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="138"/>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="139"/>
        <source>The models trained on this dataset. The active one (★) makes the predictions; a new model only replaces it if it is not worse.</source>
        <translation>Los modelos entrenados con este conjunto de datos. El activo (★) hace las predicciones; un modelo nuevo solo lo sustituye si no es peor.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="141"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="141"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="141"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="141"/>
        <source>Validation Dice</source>
        <translation>Dice de validación</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="142"/>
        <source>Learnt from</source>
        <translation>Entrenado con</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="142"/>
        <source>Fine-tuned from</source>
        <translation>Ajuste fino a partir de</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="142"/>
        <source>Training time</source>
        <translation>Tiempo de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="143"/>
        <source>Mean Dice on the dataset&apos;s fixed validation images, at their own size: every model is measured on the same images</source>
        <translation>Dice medio en las imágenes de validación fijas del conjunto de datos, a su tamaño original: todos los modelos se miden con las mismas imágenes</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="145"/>
        <source>Make &amp;Active</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="146"/>
        <source>Predict with this model from now on (Enter)</source>
        <translation>Predecir con este modelo a partir de ahora (Intro)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="147"/>
        <source>&amp;Rename…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="148"/>
        <source>Give the model another name (F2)</source>
        <translation>Dar otro nombre al modelo (F2)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="149"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="308"/>
        <source>Delete the model and its predictions (Delete)</source>
        <translation>Eliminar el modelo y sus predicciones (Supr)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="150"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="151"/>
        <source>Add a Dermask model or a TorchScript module to this dataset&apos;s models</source>
        <translation>Añadir un modelo de Dermask o un módulo TorchScript a los modelos de este conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="152"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="153"/>
        <source>Write the model as a TorchScript file that Python&apos;s torch.jit.load runs</source>
        <translation>Guardar el modelo como un archivo TorchScript que torch.jit.load de Python puede ejecutar</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="154"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="155"/>
        <source>The models of this dataset: compare, activate, rename, export (Ctrl+M)</source>
        <translation>Los modelos de este conjunto de datos: comparar, activar, cambiar el nombre, exportar (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="203"/>
        <source>The active model: it makes the predictions</source>
        <translation>El modelo activo: hace las predicciones</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="208"/>
        <source>%1 (clicks)</source>
        <translation>%1 (clics)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="209"/>
        <source>A click model: the click tool (K) corrects masks with the newest one</source>
        <translation>Un modelo de clics: la herramienta de clics (K) corrige las máscaras con el más reciente</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="216"/>
        <source>(older set)</source>
        <translation>(conjunto anterior)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/modelsdock.cpp" line="222"/>
        <source>%n image(s), %1 corrected</source>
        <translation>
            <numerusform>%n imagen, %1 con corrección</numerusform>
            <numerusform>%n imágenes, %1 con corrección</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/modelsdock.cpp" line="223"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="230"/>
        <source>Open a dataset to see its models.</source>
        <translation>Abra un conjunto de datos para ver sus modelos.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="232"/>
        <source>No model yet: train one with Train ▸ Training Panel (Ctrl+T), or import one.</source>
        <translation>Aún no hay ningún modelo: entrene uno con Entrenamiento ▸ Panel de entrenamiento (Ctrl+T) o importe uno.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="234"/>
        <source>Validation Dice appears once a model has been trained here: the first run sets aside the dataset&apos;s fixed validation images.</source>
        <translation>El Dice de validación aparece cuando se ha entrenado un modelo aquí: el primer entrenamiento reserva las imágenes de validación fijas del conjunto de datos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/modelsdock.cpp" line="237"/>
        <source>Validation Dice: the mean over the same %n validation image(s) for every model, at their own size.</source>
        <translation>
            <numerusform>Dice de validación: la media sobre la misma %n imagen de validación para todos los modelos, a su tamaño original.</numerusform>
            <numerusform>Dice de validación: la media sobre las mismas %n imágenes de validación para todos los modelos, a su tamaño original.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="307"/>
        <source>The active model cannot be deleted: make another one active first</source>
        <translation>El modelo activo no se puede eliminar: active primero otro</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="343"/>
        <source>%1 is now the active model: every image is being predicted with it.</source>
        <translation>%1 es ahora el modelo activo: se están prediciendo todas las imágenes con él.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="355"/>
        <source>%1 is being written (by a training run or Predict All): wait until it ends.</source>
        <translation>Se está escribiendo %1 (por un entrenamiento o por Predecir todas): espere a que termine.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="369"/>
        <source>Rename Model</source>
        <translation>Cambiar nombre del modelo</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="369"/>
        <source>New name for %1:</source>
        <translation>Nombre nuevo para %1:</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="383"/>
        <source>%1 is now called %2.</source>
        <translation>%1 ahora se llama %2.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="399"/>
        <source>Delete Model</source>
        <translation>Eliminar modelo</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="400"/>
        <source>Delete the model %1 and its predictions? This cannot be undone.</source>
        <translation>¿Eliminar el modelo %1 y sus predicciones? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="410"/>
        <source>%1 was deleted.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="421"/>
        <source>Import Model</source>
        <translation>Importar modelo</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="422"/>
        <source>Models (*.pt);;All files (*)</source>
        <translation>Modelos (*.pt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="428"/>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="448"/>
        <source>Imported as %1. Make it active to predict with it.</source>
        <translation>Importado como %1. Actívelo para predecir con él.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="462"/>
        <source>Export Model as TorchScript</source>
        <translation>Exportar modelo como TorchScript</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="464"/>
        <source>TorchScript (*.pt)</source>
        <translation>TorchScript (*.pt)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="469"/>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="484"/>
        <source>Exported to %1 (with its description %2). In Python: m = torch.jit.load(&quot;%3&quot;); logits = m(images)</source>
        <translation>Exportado a %1 (con su descripción %2). En Python: m = torch.jit.load(&quot;%3&quot;); logits = m(images)</translation>
    </message>
</context>
<context>
    <name>dermask::ui::Navigator</name>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="89"/>
        <source>&amp;Next Image</source>
        <translation>Imagen &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="89"/>
        <source>Next image in the list (→ or Page Down)</source>
        <translation>Imagen siguiente de la lista (→ o Av Pág)</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="90"/>
        <source>P&amp;revious Image</source>
        <translation>Imagen &amp;anterior</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="90"/>
        <source>Previous image in the list (← or Page Up)</source>
        <translation>Imagen anterior de la lista (← o Re Pág)</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="91"/>
        <source>Next &amp;Unreviewed</source>
        <translation>Siguiente sin &amp;revisar</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="92"/>
        <source>Next image you have neither corrected nor approved (U)</source>
        <translation>Siguiente imagen que no ha corregido ni aprobado (U)</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="93"/>
        <source>Next Most Un&amp;certain</source>
        <translation>Siguiente más &amp;incierta</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="94"/>
        <source>The image the model most likely got wrong, to check first; press again for the next one (Y). Measured: as an order to teach the model in, it is no better than going through the images in any order</source>
        <translation>La imagen en la que es más probable que el modelo se haya equivocado, para revisarla primero; vuelva a pulsar para la siguiente (Y). Según las mediciones, como orden para enseñar al modelo no es mejor que recorrer las imágenes en cualquier orden</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="97"/>
        <source>Next Largest &amp;Disagreement</source>
        <translation>Siguiente con mayor &amp;discrepancia</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="98"/>
        <source>The image where prediction and mask disagree most; press again for the next one (W)</source>
        <translation>La imagen en la que la predicción y la máscara más discrepan; vuelva a pulsar para la siguiente (W)</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="99"/>
        <source>Sort by Disagreement</source>
        <translation>Ordenar por discrepancia</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="100"/>
        <source>List the images with the worst Dice first: likely mask errors</source>
        <translation>Mostrar primero las imágenes con peor Dice: probables errores de máscara</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="101"/>
        <source>Sort by Uncertainty</source>
        <translation>Ordenar por incertidumbre</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="102"/>
        <source>List the images the model most likely got wrong first</source>
        <translation>Mostrar primero las imágenes en las que es más probable que el modelo se haya equivocado</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="103"/>
        <source>Sort by Id</source>
        <translation>Ordenar por ID</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="105"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="106"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="107"/>
        <source>Next Unreviewed</source>
        <translation>Siguiente sin revisar</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="108"/>
        <source>Worst Dice First</source>
        <translation>Peor Dice primero</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="48"/>
        <source>No more images with an uncertainty: predict first (Predict ▸ Predict All).</source>
        <translation>No hay más imágenes con incertidumbre: prediga primero (Predicción ▸ Predecir todas).</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="56"/>
        <source>No more images with both a mask and a prediction.</source>
        <translation>No hay más imágenes con máscara y predicción.</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="61"/>
        <source>Dice needs predictions to compare with: use Predict ▸ Predict All, then sort again.</source>
        <translation>El Dice necesita predicciones con las que comparar: use Predicción ▸ Predecir todas y vuelva a ordenar.</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="65"/>
        <source>Uncertainty needs predictions: use Predict ▸ Predict All, then sort again.</source>
        <translation>La incertidumbre necesita predicciones: use Predicción ▸ Predecir todas y vuelva a ordenar.</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="178"/>
        <source>This is the last image in the list.</source>
        <translation>Esta es la última imagen de la lista.</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="179"/>
        <source>This is the first image in the list.</source>
        <translation>Esta es la primera imagen de la lista.</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="183"/>
        <source>No images in the list.</source>
        <translation>No hay imágenes en la lista.</translation>
    </message>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="193"/>
        <source>Every image in the list has been reviewed.</source>
        <translation>Todas las imágenes de la lista se han revisado.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::OverlayControls</name>
    <message>
        <location filename="../ui/panels/overlaycontrols.cpp" line="41"/>
        <source>Show &amp;Mask</source>
        <translation>Mostrar &amp;máscara</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaycontrols.cpp" line="41"/>
        <source>Show the mask (M)</source>
        <translation>Mostrar la máscara (M)</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaycontrols.cpp" line="42"/>
        <source>Show &amp;Prediction</source>
        <translation>Mostrar &amp;predicción</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaycontrols.cpp" line="42"/>
        <source>Show the predicted mask (P)</source>
        <translation>Mostrar la máscara predicha (P)</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaycontrols.cpp" line="43"/>
        <source>&amp;Difference View</source>
        <translation>Vista de &amp;diferencias</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaycontrols.cpp" line="43"/>
        <source>Colour where prediction and mask disagree (D)</source>
        <translation>Colorear donde la predicción y la máscara discrepan (D)</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaycontrols.cpp" line="44"/>
        <source>Probability &amp;Heat Map</source>
        <translation>Mapa de &amp;calor de probabilidad</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaycontrols.cpp" line="44"/>
        <source>Show the model&apos;s probability map (Shift+P)</source>
        <translation>Mostrar el mapa de probabilidad del modelo (Mayús+P)</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaycontrols.cpp" line="45"/>
        <source>Fill Mask</source>
        <translation>Máscara rellena</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaycontrols.cpp" line="45"/>
        <source>Draw the mask filled instead of outlined (Shift+M)</source>
        <translation>Dibujar la máscara rellena en lugar de solo su contorno (Mayús+M)</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaycontrols.cpp" line="46"/>
        <source>Fill Prediction</source>
        <translation>Predicción rellena</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaycontrols.cpp" line="46"/>
        <source>Draw the prediction filled instead of outlined</source>
        <translation>Dibujar la predicción rellena en lugar de solo su contorno</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaycontrols.cpp" line="48"/>
        <source>Mask</source>
        <translation>Máscara</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaycontrols.cpp" line="49"/>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaycontrols.cpp" line="50"/>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
</context>
<context>
    <name>dermask::ui::OverlayPanel</name>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="116"/>
        <source>Mask (truth)</source>
        <translation>Máscara (referencia)</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="117"/>
        <source>The effective mask: your correction if there is one, else the dataset&apos;s mask</source>
        <translation>La máscara efectiva: su corrección si la hay; si no, la máscara del conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="118"/>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="118"/>
        <source>The mask predicted by the chosen model</source>
        <translation>La máscara predicha por el modelo elegido</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="120"/>
        <source>Whose predictions to show</source>
        <translation>De qué modelo mostrar las predicciones</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="121"/>
        <source>No predictions yet: use Predict ▸ Predict All, or dermask-cli predict.</source>
        <translation>Aún no hay predicciones: use Predicción ▸ Predecir todas, o dermask-cli predict.</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="119"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="123"/>
        <source>Difference view</source>
        <translation>Vista de diferencias</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="124"/>
        <source>Colours the pixels where the prediction and the mask disagree</source>
        <translation>Colorea los píxeles en los que la predicción y la máscara discrepan</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="125"/>
        <source>Prediction only:</source>
        <translation>Solo predicción:</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="126"/>
        <source>Mask only:</source>
        <translation>Solo máscara:</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="114"/>
        <location filename="../ui/panels/overlaypanel.cpp" line="127"/>
        <location filename="../ui/panels/overlaypanel.cpp" line="135"/>
        <source>Opacity:</source>
        <translation>Opacidad:</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="130"/>
        <source>False positive: predicted lesion outside the mask</source>
        <translation>Falso positivo: lesión predicha fuera de la máscara</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="131"/>
        <source>False negative: mask the prediction missed</source>
        <translation>Falso negativo: máscara que la predicción no detectó</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="133"/>
        <source>Probability heat map</source>
        <translation>Mapa de calor de probabilidad</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="134"/>
        <source>The model&apos;s lesion probability for every pixel</source>
        <translation>La probabilidad de lesión que da el modelo a cada píxel</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="136"/>
        <source>Scale:</source>
        <translation>Escala:</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="139"/>
        <source>Hold &lt;b&gt;H&lt;/b&gt; to hide all overlays.</source>
        <translation>Mantenga pulsada &lt;b&gt;H&lt;/b&gt; para ocultar todas las superposiciones.</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="112"/>
        <source>Outline</source>
        <translation>Contorno</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="112"/>
        <source>Fill</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="113"/>
        <source>Draw as:</source>
        <translation>Dibujar como:</translation>
    </message>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="138"/>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
</context>
<context>
    <name>dermask::ui::PredictActions</name>
    <message>
        <location filename="../ui/predict/predictactions.cpp" line="73"/>
        <source>Choose &amp;Model File…</source>
        <translation>Elegir archivo de &amp;modelo…</translation>
    </message>
    <message>
        <location filename="../ui/predict/predictactions.cpp" line="73"/>
        <source>The model used for predictions</source>
        <translation>El modelo usado para las predicciones</translation>
    </message>
    <message>
        <location filename="../ui/predict/predictactions.cpp" line="74"/>
        <source>Predict &amp;This Image</source>
        <translation>Predecir &amp;esta imagen</translation>
    </message>
    <message>
        <location filename="../ui/predict/predictactions.cpp" line="74"/>
        <source>Predict the mask of the image on screen</source>
        <translation>Predecir la máscara de la imagen en pantalla</translation>
    </message>
    <message>
        <location filename="../ui/predict/predictactions.cpp" line="75"/>
        <source>Predict &amp;All</source>
        <translation>Predecir &amp;todas</translation>
    </message>
    <message>
        <location filename="../ui/predict/predictactions.cpp" line="75"/>
        <source>Predict every image that has no up-to-date prediction</source>
        <translation>Predecir todas las imágenes que no tengan una predicción actualizada</translation>
    </message>
    <message>
        <location filename="../ui/predict/predictactions.cpp" line="76"/>
        <source>&amp;Cancel Prediction</source>
        <translation>&amp;Cancelar predicción</translation>
    </message>
    <message>
        <location filename="../ui/predict/predictactions.cpp" line="76"/>
        <source>Stop after the current image</source>
        <translation>Detener después de la imagen actual</translation>
    </message>
    <message>
        <location filename="../ui/predict/predictactions.cpp" line="77"/>
        <source>Predict</source>
        <translation>Predecir</translation>
    </message>
    <message>
        <location filename="../ui/predict/predictactions.cpp" line="78"/>
        <source>&amp;Predict</source>
        <translation>&amp;Predicción</translation>
    </message>
    <message>
        <location filename="../ui/predict/predictactions.cpp" line="86"/>
        <source>Predicting %v/%m</source>
        <translation>Prediciendo %v/%m</translation>
    </message>
    <message>
        <location filename="../ui/predict/predictactions.cpp" line="44"/>
        <location filename="../ui/predict/predictactions.cpp" line="169"/>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/predict/predictactions.cpp" line="58"/>
        <source>Prediction cancelled: %n image(s) predicted.</source>
        <translation>
            <numerusform>Predicción cancelada: %n imagen predicha.</numerusform>
            <numerusform>Predicción cancelada: %n imágenes predichas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/predict/predictactions.cpp" line="59"/>
        <source>Prediction finished: %n image(s) predicted.</source>
        <translation>
            <numerusform>Predicción finalizada: %n imagen predicha.</numerusform>
            <numerusform>Predicción finalizada: %n imágenes predichas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/predict/predictactions.cpp" line="62"/>
        <source>%n failed (see the browser&apos;s warning badges).</source>
        <translation>
            <numerusform>%n falló (vea los indicadores de advertencia del explorador).</numerusform>
            <numerusform>%n fallaron (vea los indicadores de advertencia del explorador).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/predict/predictactions.cpp" line="127"/>
        <source>Choose Model File</source>
        <translation>Elegir archivo de modelo</translation>
    </message>
    <message>
        <location filename="../ui/predict/predictactions.cpp" line="128"/>
        <source>Dermask models (*.pt);;All files (*)</source>
        <translation>Modelos de Dermask (*.pt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/predict/predictactions.cpp" line="134"/>
        <source>Predictions will use %1.</source>
        <translation>Las predicciones usarán %1.</translation>
    </message>
    <message>
        <location filename="../ui/predict/predictactions.cpp" line="187"/>
        <source>Prediction is not available in this build. Predictions already in the workspace are shown.</source>
        <translation>La predicción no está disponible en esta compilación. Se muestran las predicciones que ya están en el espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::ProblemsDialog</name>
    <message>
        <location filename="../ui/mainwindow/problemsdialog.cpp" line="53"/>
        <source>Dataset problems</source>
        <translation>Problemas del conjunto de datos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/problemsdialog.cpp" line="54"/>
        <source>Files in %1 that Dermask could not pair or read. They are listed here and never changed.</source>
        <translation>Archivos de %1 que Dermask no pudo emparejar o leer. Se enumeran aquí y nunca se modifican.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/problemsdialog.cpp" line="57"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/problemsdialog.cpp" line="57"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/problemsdialog.cpp" line="60"/>
        <source>mask without an image</source>
        <translation>máscara sin imagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/problemsdialog.cpp" line="61"/>
        <source>%n image(s) have no mask; they are in the browser with the status &quot;No mask&quot;.</source>
        <translation>
            <numerusform>%n imagen no tiene máscara; aparece en el explorador con el estado &quot;Sin máscara&quot;.</numerusform>
            <numerusform>%n imágenes no tienen máscara; aparecen en el explorador con el estado &quot;Sin máscara&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dermask::ui::SampleDataset</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/sampledataset.cpp" line="81"/>
        <source>Generating the sample dataset (%n image(s))…</source>
        <translation>
            <numerusform>Generando el conjunto de datos de ejemplo (%n imagen)…</numerusform>
            <numerusform>Generando el conjunto de datos de ejemplo (%n imágenes)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/sampledataset.cpp" line="82"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/sampledataset.cpp" line="83"/>
        <source>Sample dataset</source>
        <translation>Conjunto de datos de ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/sampledataset.cpp" line="111"/>
        <source>The sample dataset could not be generated.</source>
        <translation>No se pudo generar el conjunto de datos de ejemplo.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::SampleModel</name>
    <message>
        <location filename="../ui/browser/samplemodel.cpp" line="151"/>
        <source>Changes not saved yet</source>
        <translation>Cambios aún sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/browser/samplemodel.cpp" line="219"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../ui/browser/samplemodel.cpp" line="220"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/browser/samplemodel.cpp" line="221"/>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location filename="../ui/browser/samplemodel.cpp" line="222"/>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <location filename="../ui/browser/samplemodel.cpp" line="223"/>
        <source>Uncert.</source>
        <translation>Incert.</translation>
    </message>
    <message>
        <location filename="../ui/browser/samplemodel.cpp" line="230"/>
        <source>Agreement of the prediction with the mask (1 = identical). Click to list the largest disagreements first.</source>
        <translation>Concordancia de la predicción con la máscara (1 = idénticas). Haga clic para mostrar primero las mayores discrepancias.</translation>
    </message>
    <message>
        <location filename="../ui/browser/samplemodel.cpp" line="233"/>
        <source>The Dice the model expects to lose on this image: how unsure it is where the border runs (0 = sure, 1 = no lesion found). Click to list the images it most likely got wrong first.</source>
        <translation>El Dice que el modelo espera perder en esta imagen: cuánta incertidumbre tiene sobre por dónde pasa el borde (0 = seguro, 1 = no encontró lesión). Haga clic para mostrar primero las imágenes en las que es más probable que se haya equivocado.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::StatusLine</name>
    <message>
        <location filename="../ui/mainwindow/statusline.cpp" line="50"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/statusline.cpp" line="77"/>
        <source>paired</source>
        <comment>dataset layout: images and masks in two folders</comment>
        <translation>emparejado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/statusline.cpp" line="78"/>
        <source>images only</source>
        <comment>dataset layout: no masks</comment>
        <translation>solo imágenes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/statusline.cpp" line="79"/>
        <source>empty</source>
        <comment>dataset layout</comment>
        <translation>vacío</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/statusline.cpp" line="81"/>
        <source>%1 layout</source>
        <comment>dataset layout, e.g. PH2 layout</comment>
        <translation>Formato %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/statusline.cpp" line="82"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/statusline.cpp" line="83"/>
        <source>%n mask(s)</source>
        <translation>
            <numerusform>%n máscara</numerusform>
            <numerusform>%n máscaras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/statusline.cpp" line="85"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/statusline.cpp" line="102"/>
        <source>not in the filtered list</source>
        <translation>no está en la lista filtrada</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/statusline.cpp" line="103"/>
        <source>%1 of %2</source>
        <comment>position in the image list</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/statusline.cpp" line="122"/>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/statusline.cpp" line="133"/>
        <source>x %1, y %2</source>
        <translation>x %1, y %2</translation>
    </message>
</context>
<context>
    <name>dermask::ui::ToolBox</name>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="140"/>
        <source>Cancel / Pan</source>
        <translation>Cancelar / Desplazar</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="141"/>
        <source>Drop a half-drawn lasso or GrabCut box; otherwise back to Pan/View</source>
        <translation>Descartar un lazo o recuadro de GrabCut a medio dibujar; si no hay ninguno, volver a Desplazar/Ver</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="143"/>
        <source>Smaller Brush</source>
        <translation>Pincel más pequeño</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="143"/>
        <source>Make the brush smaller</source>
        <translation>Reducir el tamaño del pincel</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="144"/>
        <source>Bigger Brush</source>
        <translation>Pincel más grande</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="144"/>
        <source>Make the brush bigger</source>
        <translation>Aumentar el tamaño del pincel</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="74"/>
        <source>&amp;Pan/View</source>
        <translation>&amp;Desplazar/Ver</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="74"/>
        <source>Pan</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="75"/>
        <source>Pan/View: drag to move the image, wheel to zoom; the mask is not changed. Esc also comes back here</source>
        <translation>Desplazar/Ver: arrastre para mover la imagen, use la rueda para ampliar o reducir; la máscara no se modifica. Esc también vuelve aquí</translation>
    </message>
    <message>
        <source>Drag to move the image, wheel to zoom. To correct the mask pick a tool on the left: B brush, E eraser, L lasso, G fill, C GrabCut.</source>
        <translation type="vanished">Arrastre para mover la imagen; use la rueda para ampliar o reducir. Para corregir la máscara, elija una herramienta a la izquierda: B pincel, E borrador, L lazo, G relleno, C GrabCut.</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="77"/>
        <source>Drag to move the image, wheel to zoom. To correct the mask pick a tool on the left: B brush, E eraser, L lasso, G fill, C GrabCut, K clicks.</source>
        <translation>Arrastre para mover la imagen, rueda para el zoom. Para corregir la máscara elija una herramienta a la izquierda: B pincel, E borrador, L lazo, G relleno, C GrabCut, K clics.</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="80"/>
        <source>&amp;Brush</source>
        <translation>&amp;Pincel</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="80"/>
        <source>Brush</source>
        <translation>Pincel</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="81"/>
        <source>Brush: drag to paint lesion, right-drag to erase; [ and ] or Ctrl+wheel change the size</source>
        <translation>Pincel: arrastre para pintar lesión, arrastre con el botón derecho para borrar; [ y ] o Ctrl+rueda cambian el tamaño</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="82"/>
        <source>Drag to paint lesion; right-drag erases. [ ] or Ctrl+wheel: size.</source>
        <translation>Arrastre para pintar lesión; con el botón derecho borra. [ ] o Ctrl+rueda: tamaño.</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="84"/>
        <source>&amp;Eraser</source>
        <translation>&amp;Borrador</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="84"/>
        <source>Eraser</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="85"/>
        <source>Eraser: drag to erase, right-drag to paint; [ and ] or Ctrl+wheel change the size</source>
        <translation>Borrador: arrastre para borrar, arrastre con el botón derecho para pintar; [ y ] o Ctrl+rueda cambian el tamaño</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="86"/>
        <source>Drag to erase; right-drag paints. [ ] or Ctrl+wheel: size.</source>
        <translation>Arrastre para borrar; con el botón derecho pinta. [ ] o Ctrl+rueda: tamaño.</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="88"/>
        <source>&amp;Lasso Fill</source>
        <translation>Relleno con &amp;lazo</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="88"/>
        <source>Lasso</source>
        <translation>Lazo</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="89"/>
        <source>Lasso fill: drag a loop (or click corners) to add it to the mask; right button or Alt subtracts</source>
        <translation>Relleno con lazo: trace un contorno cerrado (o haga clic en las esquinas) para añadirlo a la máscara; el botón derecho o Alt lo resta</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="91"/>
        <source>Drag a loop, or click corners and double-click: the inside becomes lesion. Right button or Alt: background.</source>
        <translation>Trace un contorno cerrado, o haga clic en las esquinas y luego doble clic: el interior pasa a ser lesión. Botón derecho o Alt: fondo.</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="94"/>
        <source>&amp;Flood Fill</source>
        <translation>&amp;Relleno</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="94"/>
        <source>Fill</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="95"/>
        <source>Flood fill: click a region to fill it with lesion, right-click to clear it</source>
        <translation>Relleno: haga clic en una región para rellenarla con lesión, clic derecho para borrarla</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="96"/>
        <source>Click a region (a hole) to fill it with lesion; right-click clears a region.</source>
        <translation>Haga clic en una región (un hueco) para rellenarla con lesión; el clic derecho borra una región.</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="98"/>
        <source>&amp;GrabCut</source>
        <translation>&amp;GrabCut</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="98"/>
        <source>GrabCut</source>
        <translation>GrabCut</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="100"/>
        <source>GrabCut: drag a box around the lesion; then paint inside with the left (lesion) or right (skin) button to refine</source>
        <translation>GrabCut: arrastre un recuadro alrededor de la lesión; después pinte dentro con el botón izquierdo (lesión) o el derecho (piel) para refinar</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="102"/>
        <source>Drag a box around the lesion. Then paint inside it: left = surely lesion, right = surely skin. Shift+drag: new box.</source>
        <translation>Arrastre un recuadro alrededor de la lesión. Después pinte dentro: izquierdo = lesión segura, derecho = piel segura. Mayús+arrastrar: recuadro nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="105"/>
        <source>Clic&amp;k to Correct</source>
        <translation>Corregir con clic&amp;ks</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="105"/>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="107"/>
        <source>Click to correct: left-click lesion, right-click skin, and the click model redraws the mask; Backspace drops the last click</source>
        <translation>Corregir con clics: clic izquierdo en la lesión, derecho en la piel, y el modelo de clics redibuja la máscara; Retroceso quita el último clic</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="109"/>
        <source>Left-click where the lesion is missing, right-click where skin is taken: the click model redraws the mask. To start, you may also drag a box around the lesion. Backspace: drop the last click. Enter: keep.</source>
        <translation>Clic izquierdo donde falta lesión, derecho donde se tomó piel: el modelo de clics redibuja la máscara. Para empezar, también puede arrastrar un recuadro alrededor de la lesión. Retroceso: quitar el último clic. Intro: conservar.</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="113"/>
        <source>Prediction &amp;Lasso</source>
        <translation>Lazo de predi&amp;cción</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="113"/>
        <source>Pred. lasso</source>
        <translation>Lazo pred.</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="115"/>
        <source>Prediction lasso: the thresholded prediction replaces the mask inside the loop you draw</source>
        <translation>Lazo de predicción: la predicción con umbral sustituye a la máscara dentro del contorno cerrado que dibuje</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="116"/>
        <source>Draw a loop: inside it the mask becomes the prediction at this threshold (dashed outline). Shift+A takes it everywhere.</source>
        <translation>Dibuje un contorno cerrado: dentro de él la máscara pasa a ser la predicción con este umbral (contorno discontinuo). Mayús+A la aplica en toda la imagen.</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="146"/>
        <location filename="../ui/tools/toolbox.cpp" line="159"/>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="213"/>
        <source>Dropped.</source>
        <translation>Descartado.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::ToolOptionsBar</name>
    <message>
        <location filename="../ui/tools/tooloptionsbar.cpp" line="100"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/tools/tooloptionsbar.cpp" line="101"/>
        <source>Brush diameter in image pixels ([ and ] or Ctrl+wheel)</source>
        <translation>Diámetro del pincel en píxeles de la imagen ([ y ] o Ctrl+rueda)</translation>
    </message>
    <message>
        <location filename="../ui/tools/tooloptionsbar.cpp" line="104"/>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <location filename="../ui/tools/tooloptionsbar.cpp" line="105"/>
        <source>Probability from which the prediction counts as lesion</source>
        <translation>Probabilidad a partir de la cual la predicción cuenta como lesión</translation>
    </message>
    <message>
        <location filename="../ui/tools/tooloptionsbar.cpp" line="106"/>
        <source>Threshold:</source>
        <translation>Umbral:</translation>
    </message>
</context>
<context>
    <name>dermask::ui::TrainingChart</name>
    <message>
        <location filename="../ui/training/trainingchart.cpp" line="81"/>
        <source>Training loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingchart.cpp" line="82"/>
        <source>Validation Dice</source>
        <translation>Dice de validación</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingchart.cpp" line="83"/>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingchart.cpp" line="84"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingchart.cpp" line="85"/>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingchart.cpp" line="86"/>
        <source>Mean training loss and validation Dice after each epoch</source>
        <translation>Pérdida media de entrenamiento y Dice de validación tras cada época</translation>
    </message>
</context>
<context>
    <name>dermask::ui::TrainingDock</name>
    <message>
        <location filename="../ui/training/trainingdock.cpp" line="67"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingdock.cpp" line="68"/>
        <source>&amp;Training Panel</source>
        <translation>Panel de &amp;entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingdock.cpp" line="69"/>
        <source>Train a network on your masks, or fine-tune the active model (Ctrl+T)</source>
        <translation>Entrenar una red con sus máscaras o aplicar ajuste fino al modelo activo (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingdock.cpp" line="70"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingdock.cpp" line="71"/>
        <source>&amp;Start Training</source>
        <translation>&amp;Iniciar entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingdock.cpp" line="72"/>
        <source>Start training with the settings of the Training panel</source>
        <translation>Iniciar el entrenamiento con la configuración del panel Entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingdock.cpp" line="73"/>
        <source>Sto&amp;p Training</source>
        <translation>&amp;Detener entrenamiento</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingdock.cpp" line="74"/>
        <source>Stop after the current batch and keep the best model so far</source>
        <translation>Detener después del lote actual y conservar el mejor modelo hasta el momento</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingdock.cpp" line="75"/>
        <source>&amp;Train</source>
        <translation>E&amp;ntrenamiento</translation>
    </message>
</context>
<context>
    <name>dermask::ui::TrainingPanel</name>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="133"/>
        <source>The network to train from scratch; the first is the fastest on a CPU</source>
        <translation>La red que se entrenará desde cero; la primera es la más rápida en una CPU</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="134"/>
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="135"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="136"/>
        <source>Training stops within this time and keeps its best model</source>
        <translation>El entrenamiento se detiene dentro de este tiempo y conserva su mejor modelo</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="137"/>
        <source>&amp;Time budget:</source>
        <translation>&amp;Tiempo máximo:</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="138"/>
        <source>Active model:</source>
        <translation>Modelo activo:</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="211"/>
        <source>&amp;Fine-tune the active model</source>
        <translation>&amp;Ajuste fino del modelo activo</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="139"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="128"/>
        <source>Segmentation</source>
        <translation>Segmentación</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="129"/>
        <source>Click correction (tool K)</source>
        <translation>Corrección por clics (herramienta K)</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="130"/>
        <source>A segmentation model draws masks by itself; a click model redraws a mask around your lesion and skin clicks (the K tool)</source>
        <translation>Un modelo de segmentación dibuja máscaras por sí solo; un modelo de clics redibuja una máscara alrededor de sus clics de lesión y piel (la herramienta K)</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="132"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="140"/>
        <source>Train on every image with a mask, in the background</source>
        <translation>Entrenar con todas las imágenes que tienen máscara, en segundo plano</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="141"/>
        <source>Sto&amp;p</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="142"/>
        <source>Stop after the current batch and keep the best model so far</source>
        <translation>Detener después del lote actual y conservar el mejor modelo hasta el momento</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="143"/>
        <source>Loss:</source>
        <translation>Pérdida:</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="143"/>
        <source>Validation Dice:</source>
        <translation>Dice de validación:</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="143"/>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="143"/>
        <source>Time left:</source>
        <translation>Tiempo restante:</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="211"/>
        <source>&amp;Fine-tune the newest click model</source>
        <translation>&amp;Ajustar el modelo de clics más reciente</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/trainingpanel.cpp" line="217"/>
        <source>%n image(s) with a mask.</source>
        <translation>
            <numerusform>%n imagen con máscara.</numerusform>
            <numerusform>%n imágenes con máscara.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="219"/>
        <source>%1 images with a mask: %2 to learn from, %3 to validate on.</source>
        <translation>%1 imágenes con máscara: %2 para entrenar, %3 para validar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/trainingpanel.cpp" line="225"/>
        <source>%n correction(s) enter the next epoch.</source>
        <translation>
            <numerusform>%n corrección entra en la próxima época.</numerusform>
            <numerusform>%n correcciones entran en la próxima época.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="233"/>
        <source>%1 (Dice %2)</source>
        <translation>%1 (Dice %2)</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="234"/>
        <source>Start from the active model&apos;s weights instead of from scratch: quicker, and keeps what it learnt</source>
        <translation>Partir de los pesos del modelo activo en lugar de desde cero: más rápido, y conserva lo que aprendió</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="236"/>
        <source>The active model is not a Dermask model and cannot be fine-tuned</source>
        <translation>El modelo activo no es un modelo de Dermask y no admite ajuste fino</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="238"/>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="239"/>
        <source>There is no active model yet: train one first</source>
        <translation>Aún no hay ningún modelo activo: entrene uno primero</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/trainingpanel.cpp" line="273"/>
        <source>Reading %n image(s)…</source>
        <translation>
            <numerusform>Leyendo %n imagen…</numerusform>
            <numerusform>Leyendo %n imágenes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="286"/>
        <source>Stopping: saving the best model…</source>
        <translation>Deteniendo: guardando el mejor modelo…</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="289"/>
        <source>Comparing the new model with the active one on the validation images…</source>
        <translation>Comparando el modelo nuevo con el activo en las imágenes de validación…</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="278"/>
        <source>Training %1…</source>
        <translation>Entrenando %1…</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="270"/>
        <source>Not training.</source>
        <translation>Sin entrenamiento en curso.</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="280"/>
        <source>Epoch %1 of %2, batch %3 of %4</source>
        <translation>Época %1 de %2, lote %3 de %4</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="282"/>
        <source>Epoch %1, batch %2 of %3</source>
        <translation>Época %1, lote %2 de %3</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="331"/>
        <source>after the first epoch</source>
        <translation>tras la primera época</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="332"/>
        <source>%1 (best %2, epoch %3)</source>
        <translation>%1 (mejor %2, época %3)</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="336"/>
        <source>%1 images/s</source>
        <translation>%1 imágenes/s</translation>
    </message>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="341"/>
        <source>estimating…</source>
        <translation>estimando…</translation>
    </message>
</context>
<context>
    <name>dermask::ui::WelcomePage</name>
    <message>
        <location filename="../ui/mainwindow/welcomepage.cpp" line="95"/>
        <source>Dermask</source>
        <translation>Dermask</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/welcomepage.cpp" line="96"/>
        <source>Browse dermoscopy datasets, find the images where masks and predictions disagree, and correct the masks with the brush, lasso, fill and GrabCut tools. Every correction is saved by itself.</source>
        <translation>Explore conjuntos de datos de dermatoscopia, encuentre las imágenes en las que las máscaras y las predicciones discrepan, y corrija las máscaras con las herramientas de pincel, lazo, relleno y GrabCut. Cada corrección se guarda automáticamente.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/welcomepage.cpp" line="99"/>
        <source>Open Dataset Folder…</source>
        <translation>Abrir carpeta de conjunto de datos…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/welcomepage.cpp" line="100"/>
        <source>Open Sample Dataset</source>
        <translation>Abrir conjunto de datos de ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/welcomepage.cpp" line="101"/>
        <source>24 synthetic images with exact masks, generated on first use</source>
        <translation>24 imágenes sintéticas con máscaras exactas, generadas al usarlo por primera vez</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/welcomepage.cpp" line="102"/>
        <source>Recognised layouts: PH2, ISIC (images with _segmentation masks), images/ + masks/ folders, or any folder of images. You can also drop a folder on this window.</source>
        <translation>Formatos reconocidos: PH2, ISIC (imágenes con máscaras _segmentation), carpetas images/ + masks/ o cualquier carpeta de imágenes. También puede soltar una carpeta en esta ventana.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/welcomepage.cpp" line="105"/>
        <source>Recent datasets</source>
        <translation>Conjuntos de datos recientes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/welcomepage.cpp" line="122"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>Dermask</source>
        <translation>Dermask</translation>
    </message>
</context>
</TS>
