<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>DatasetSession</name>
    <message>
        <location filename="../ui/common/datasetsession.cpp" line="+47" />
        <source>No workspace could be created, so statuses and predictions are unavailable: %1</source>
        <translation>לא ניתן ליצור סביבת עבודה, ולכן סטטוסים וחיזויים אינם זמינים: %1</translation>
    </message>
</context>
<context>
    <name>LoadedSample</name>
    <message>
        <location filename="../ui/common/loadedsample.cpp" line="+47" />
        <source>%1: cannot read the mask</source>
        <translation>%1: לא ניתן לקרוא את המסכה</translation>
    </message>
    <message>
        <location line="+112" />
        <source>%1: cannot read the probability map</source>
        <translation>%1: לא ניתן לקרוא את מפת ההסתברות</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: the probability map is not a grey image</source>
        <translation>%1: מפת ההסתברות אינה תמונה בגווני אפור</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: the probability map is %2x%3 but its image is %4x%5</source>
        <translation>%1: מפת ההסתברות בגודל %2x%3 אך התמונה שלה בגודל %4x%5</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1: cannot read the image</source>
        <translation>%1: לא ניתן לקרוא את התמונה</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="+44" />
        <source>&amp;Open Dataset…</source>
        <translation>&amp;פתיחת מערך נתונים…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open a dataset folder</source>
        <translation>פתיחת תיקייה של מערך נתונים</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open &amp;Sample Dataset</source>
        <translation>פתיחת מערך ה&amp;דוגמה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the synthetic sample dataset (generated on first use)</source>
        <translation>פתיחת מערך הדוגמה הסינתטי (נוצר בשימוש הראשון)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dataset &amp;Problems…</source>
        <translation>&amp;בעיות במערך הנתונים…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Files of this dataset that could not be used, with the reason</source>
        <translation>קבצים במערך זה שלא ניתן היה להשתמש בהם, עם הסיבה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;יציאה</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom &amp;In</source>
        <translation>&amp;הגדלה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;Out</source>
        <translation>ה&amp;קטנה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Fit to Window</source>
        <translation>התאמה ל&amp;חלון</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the whole image (F)</source>
        <translation>הצגת התמונה כולה (F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Actual Size (1:1)</source>
        <translation>גודל &amp;אמיתי (1:1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One image pixel per screen pixel (1)</source>
        <translation>פיקסל תמונה אחד לכל פיקסל מסך (1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show &amp;Mask</source>
        <translation>הצגת ה&amp;מסכה</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show the mask (M)</source>
        <translation>הצגת המסכה (M)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show &amp;Prediction</source>
        <translation>הצגת ה&amp;חיזוי</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show the predicted mask (P)</source>
        <translation>הצגת המסכה החזויה (P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Difference View</source>
        <translation>תצוגת ה&amp;בדלים</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Colour where prediction and mask disagree (D)</source>
        <translation>צביעת המקומות שבהם החיזוי והמסכה אינם מסכימים (D)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Probability &amp;Heat Map</source>
        <translation>מפת &amp;חום של ההסתברות</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the model's probability map (Shift+P)</source>
        <translation>הצגת מפת ההסתברות של המודל (Shift+P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fill Mask</source>
        <translation>מילוי המסכה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw the mask filled instead of outlined (Shift+M)</source>
        <translation>ציור המסכה ממולאת במקום קו מתאר (Shift+M)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fill Prediction</source>
        <translation>מילוי החיזוי</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Draw the prediction filled instead of outlined</source>
        <translation>ציור החיזוי ממולא במקום קו מתאר</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Next Image</source>
        <translation>התמונה ה&amp;באה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next image in the list (→ or Page Down)</source>
        <translation>התמונה הבאה ברשימה (← או Page Down)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>P&amp;revious Image</source>
        <translation>התמונה ה&amp;קודמת</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous image in the list (← or Page Up)</source>
        <translation>התמונה הקודמת ברשימה (→ או Page Up)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next &amp;Unreviewed</source>
        <translation>הבאה שלא &amp;נבדקה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next image you have neither corrected nor approved (U)</source>
        <translation>התמונה הבאה שעדיין לא תיקנת ולא אישרת (U)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next Most Un&amp;certain</source>
        <translation>הבאה ב&amp;אי-ודאות</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The image the model is least sure about; press again for the next one (Y)</source>
        <translation>התמונה שהמודל הכי פחות בטוח לגביה; לחיצה נוספת עוברת לבאה (Y)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The image where prediction and mask disagree most; press again for the next one (W)</source>
        <translation>התמונה שבה החיזוי והמסכה הכי פחות מסכימים; לחיצה נוספת עוברת לבאה (W)</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Next Largest &amp;Disagreement</source>
        <translation>אי-ההסכמה הגדולה ה&amp;באה</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sort by Disagreement</source>
        <translation>מיון לפי אי-הסכמה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List the images with the worst Dice first: likely mask errors</source>
        <translation>הצגת התמונות עם ה-Dice הגרוע ביותר תחילה: שגיאות מסכה סבירות</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sort by Uncertainty</source>
        <translation>מיון לפי אי-ודאות</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List the images the model is least sure about first</source>
        <translation>הצגת התמונות שהמודל הכי פחות בטוח לגביהן תחילה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sort by Id</source>
        <translation>מיון לפי מזהה</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Approve Mask</source>
        <translation>&amp;אישור המסכה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mark this image's mask as reviewed and correct (A)</source>
        <translation>סימון המסכה של תמונה זו כנבדקה ונכונה (A)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose &amp;Model File…</source>
        <translation>בחירת קובץ &amp;מודל…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The model used for predictions</source>
        <translation>המודל שמשמש לחיזויים</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Predict &amp;This Image</source>
        <translation>חיזוי לתמונה &amp;זו</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Predict the mask of the image on screen</source>
        <translation>חיזוי המסכה של התמונה שעל המסך</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Predict &amp;All</source>
        <translation>חיזוי ל&amp;כל התמונות</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Predict every image that has no up-to-date prediction</source>
        <translation>חיזוי לכל תמונה שאין לה חיזוי עדכני</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel Prediction</source>
        <translation>&amp;ביטול החיזוי</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stop after the current image</source>
        <translation>עצירה אחרי התמונה הנוכחית</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;קיצורי מקלדת</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Dermask</source>
        <translation>&amp;אודות Dermask</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous</source>
        <translation>הקודמת</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next</source>
        <translation>הבאה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next Unreviewed</source>
        <translation>הבאה שלא נבדקה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit</source>
        <translation>התאמה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mask</source>
        <translation>מסכה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Prediction</source>
        <translation>חיזוי</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Difference</source>
        <translation>הבדלים</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Worst Dice First</source>
        <translation>Dice גרוע תחילה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Approve</source>
        <translation>אישור</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Predict</source>
        <translation>חיזוי</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open &amp;Recent</source>
        <translation>פתיחת &amp;אחרונים</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Hold H to Hide All Overlays</source>
        <translation>החזקת H מסתירה את כל השכבות</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Go</source>
        <translation>&amp;מעבר</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Review</source>
        <translation>&amp;סקירה</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Predict</source>
        <translation>&amp;חיזוי</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Main</source>
        <translation>ראשי</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/helpdialogs.cpp" line="+31" />
        <source>Hold to hide all overlays</source>
        <translation>החזקה מסתירה את כל השכבות</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wheel</source>
        <translation>גלגלת</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Zoom at the mouse pointer</source>
        <translation>זום סביב סמן העכבר</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag</source>
        <translation>גרירה</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pan (left or middle button, or Space + drag)</source>
        <translation>הזזה (כפתור שמאלי או אמצעי, או רווח + גרירה)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Double click</source>
        <translation>לחיצה כפולה</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Switch between fitted and 1:1</source>
        <translation>מעבר בין התאמה לחלון לבין 1:1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keyboard Shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <location line="+9" />
        <source>About Dermask</source>
        <translation>אודות Dermask</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;p&gt;&lt;b&gt;Dermask&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Browse dermoscopy datasets, inspect nevus masks and predictions, and find the images where they disagree.&lt;/p&gt;&lt;p&gt;Original dataset files are never written: statuses and predictions live in the dataset's workspace.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dermask&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;עיון במערכי נתונים של דרמוסקופיה, בדיקת מסכות של נבוסים וחיזויים, ואיתור התמונות שבהן הם אינם מסכימים.&lt;/p&gt;&lt;p&gt;קובצי המקור של מערך הנתונים לעולם אינם נכתבים: סטטוסים וחיזויים נשמרים בסביבת העבודה של המערך.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PredictController</name>
    <message>
        <location filename="../ui/predict/predictcontroller.cpp" line="+74" />
        <source>Prediction is not available in this build.</source>
        <translation>חיזוי אינו זמין בגרסה זו.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A prediction is already running.</source>
        <translation>חיזוי כבר פועל.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open a dataset with a workspace first.</source>
        <translation>יש לפתוח קודם מערך נתונים עם סביבת עבודה.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose a model file first.</source>
        <translation>יש לבחור קודם קובץ מודל.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>There is nothing to predict.</source>
        <translation>אין מה לחזות.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1: cannot load the model</source>
        <translation>%1: לא ניתן לטעון את המודל</translation>
    </message>
</context>
<context>
    <name>PredictionBackend</name>
    <message>
        <location filename="../ui/predict/predictionbackend.cpp" line="+62" />
        <source>%1: the model did not load in time</source>
        <translation>%1: המודל לא נטען בזמן</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the prediction did not finish in time</source>
        <translation>החיזוי לא הסתיים בזמן</translation>
    </message>
</context>
<context>
    <name>SampleDataset</name>
    <message>
        <location filename="../ui/mainwindow/sampledataset.cpp" line="+67" />
        <source>%1: cannot create the folder</source>
        <translation>%1: לא ניתן ליצור את התיקייה</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1: cannot rename to %2</source>
        <translation>%1: לא ניתן לשנות את השם ל-%2</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <location filename="../ui/mainwindow/startupoptions.cpp" line="+13" />
        <source>Browse dermoscopy datasets and inspect nevus masks.</source>
        <translation>עיון במערכי נתונים של דרמוסקופיה ובדיקת מסכות של נבוסים.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open the synthetic sample dataset (generated on first use).</source>
        <translation>פתיחת מערך הדוגמה הסינתטי (נוצר בשימוש הראשון).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Draw the window at 1400x900 with the dataset's first image, save it as PNG &lt;file&gt; and exit.</source>
        <translation>ציור החלון בגודל 1400x900 עם התמונה הראשונה של המערך, שמירתו כקובץ PNG &lt;file&gt; ויציאה.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>User interface language, e.g. he (Hebrew, right to left) or en.</source>
        <translation>שפת הממשק, למשל he (עברית, מימין לשמאל) או en.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Keep the dataset's workspace in &lt;dir&gt; instead of DIR/.dermask.</source>
        <translation>שמירת סביבת העבודה של המערך ב-&lt;dir&gt; במקום ‎DIR/.dermask‎.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The model file (.pt) that Predict uses.</source>
        <translation>קובץ המודל (.pt) שבו משתמש החיזוי.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Dataset folder to open (default: the last one).</source>
        <translation>תיקיית מערך הנתונים לפתיחה (ברירת מחדל: האחרונה).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Only one dataset folder can be opened, got: %1</source>
        <translation>ניתן לפתוח תיקיית מערך נתונים אחת בלבד, התקבלו: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>--screenshot needs a file name</source>
        <translation>האפשרות --screenshot דורשת שם קובץ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>--sample and a dataset folder exclude each other</source>
        <translation>לא ניתן לשלב את --sample עם תיקיית מערך נתונים</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <location filename="../ui/common/thumbnailcache.cpp" line="+126" />
        <source>%1: cannot read the image</source>
        <translation>%1: לא ניתן לקרוא את התמונה</translation>
    </message>
</context>
<context>
    <name>dermask::ui::BrowserWidget</name>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="+27" />
        <source>Filter by id…</source>
        <translation>סינון לפי מזהה…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>All statuses</source>
        <translation>כל הסטטוסים</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unreviewed</source>
        <translation>לא נבדקו</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No mask</source>
        <translation>ללא מסכה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dataset mask</source>
        <translation>מסכת המערך</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Corrected</source>
        <translation>תוקנה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Approved</source>
        <translation>אושרה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show only images with this review status</source>
        <translation>הצגת תמונות עם סטטוס סקירה זה בלבד</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Show only images with this clinical diagnosis</source>
        <translation>הצגת תמונות עם אבחנה קלינית זו בלבד</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Id</source>
        <translation>מזהה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Diagnosis</source>
        <translation>אבחנה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Worst Dice first (disagreement)</source>
        <translation>Dice גרוע תחילה (אי-הסכמה)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Best Dice first</source>
        <translation>Dice טוב תחילה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Most uncertain first</source>
        <translation>אי-ודאות גבוהה תחילה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Worst Dice first lists the images where prediction and mask disagree most: the likeliest mask errors.</source>
        <translation>Dice גרוע תחילה מציג את התמונות שבהן החיזוי והמסכה הכי פחות מסכימים: שגיאות המסכה הסבירות ביותר.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Find:</source>
        <translation>חיפוש:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show:</source>
        <translation>הצגה:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sort:</source>
        <translation>מיון:</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Atypical nevus</source>
        <translation>נבוס לא טיפוסי</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Uncert.</source>
        <translation>אי-ודאות</translation>
    </message>
    <message>
        <location line="+155" />
        <source>All diagnoses</source>
        <translation>כל האבחנות</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+30" />
        <source>%n image(s)</source>
        <translation>
            <numerusform>תמונה אחת</numerusform>
            <numerusform>%n תמונות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Showing %1 of %n image(s)</source>
        <translation>
            <numerusform>מוצגות %1 מתוך תמונה אחת</numerusform>
            <numerusform>מוצגות %1 מתוך %n תמונות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dermask::ui::ColorButton</name>
    <message>
        <location filename="../ui/panels/colorbutton.cpp" line="+12" />
        <source>Choose a colour</source>
        <translation>בחירת צבע</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Overlay colour</source>
        <translation>צבע השכבה</translation>
    </message>
</context>
<context>
    <name>dermask::ui::ImageCanvas</name>
    <message>
        <location filename="../ui/canvas/imagecanvas.cpp" line="+286" />
        <source>Loading %1…</source>
        <translation>טוען את %1…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cannot show %1</source>
        <translation>לא ניתן להציג את %1</translation>
    </message>
</context>
<context>
    <name>dermask::ui::InfoPanel</name>
    <message>
        <location filename="../ui/panels/infopanel.cpp" line="+20" />
        <source>%1 px (%2 % of the image)</source>
        <translation>%1 פיקסלים (%2% מהתמונה)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>File:</source>
        <translation>קובץ:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Size:</source>
        <translation>גודל:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Diagnosis:</source>
        <translation>אבחנה:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status:</source>
        <translation>סטטוס:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mask:</source>
        <translation>מסכה:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mask area:</source>
        <translation>שטח המסכה:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Model:</source>
        <translation>מודל:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Predicted area:</source>
        <translation>שטח חזוי:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dice:</source>
        <translation>Dice:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>IoU:</source>
        <translation>IoU:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Uncertainty:</source>
        <translation>אי-ודאות:</translation>
    </message>
    <message>
        <location line="+38" />
        <source>No image</source>
        <translation>אין תמונה</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 × %2 px</source>
        <translation>%1 × %2 פיקסלים</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+7" />
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <location line="-5" />
        <source>your correction</source>
        <translation>התיקון שלך</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the dataset's mask</source>
        <translation>המסכה של המערך</translation>
    </message>
    <message>
        <location line="+6" />
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>not predicted yet</source>
        <translation>טרם נחזה</translation>
    </message>
</context>
<context>
    <name>dermask::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+68" />
        <source>Dermask</source>
        <translation>Dermask</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Images</source>
        <translation>תמונות</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Image</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Overlays</source>
        <translation>שכבות</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Sample dataset</source>
        <translation>מערך הדוגמה</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Open Dataset Folder</source>
        <translation>פתיחת תיקיית מערך נתונים</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Dice needs predictions to compare with: use Predict ▸ Predict All, then sort again.</source>
        <translation>ל-Dice דרושים חיזויים להשוואה: יש להפעיל חיזוי ◂ חיזוי לכל התמונות, ואז למיין שוב.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Uncertainty needs predictions: use Predict ▸ Predict All, then sort again.</source>
        <translation>לאי-ודאות דרושים חיזויים: יש להפעיל חיזוי ◂ חיזוי לכל התמונות, ואז למיין שוב.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Opening %1…</source>
        <translation>פותח את %1…</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The last dataset, %1, is no longer there.</source>
        <translation>מערך הנתונים האחרון, %1, כבר אינו קיים.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1: cannot open</source>
        <translation>%1: לא ניתן לפתוח</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open Dataset</source>
        <translation>פתיחת מערך נתונים</translation>
    </message>
    <message>
        <location line="+23" />
        <source>%1 — Dermask</source>
        <translation>%1 — Dermask</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No images found in %1.
Dermask looks for PH2, ISIC, images/ + masks/ folders, or plain image files.</source>
        <translation>לא נמצאו תמונות ב-%1.
Dermask מחפש PH2, ISIC, תיקיות ‎images/‎ + ‎masks/‎, או קובצי תמונה רגילים.</translation>
    </message>
    <message>
        <location line="+103" />
        <source>This is the last image in the list.</source>
        <translation>זו התמונה האחרונה ברשימה.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is the first image in the list.</source>
        <translation>זו התמונה הראשונה ברשימה.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No images in the list.</source>
        <translation>אין תמונות ברשימה.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Every image in the list has been reviewed.</source>
        <translation>כל התמונות ברשימה נבדקו.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>No more images with an uncertainty: predict first (Predict ▸ Predict All).</source>
        <translation>אין עוד תמונות עם אי-ודאות: יש להפעיל חיזוי קודם (חיזוי ◂ חיזוי לכל התמונות).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No more images with both a mask and a prediction.</source>
        <translation>אין עוד תמונות שיש להן גם מסכה וגם חיזוי.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 has no mask to approve.</source>
        <translation>ל-%1 אין מסכה לאישור.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Statuses cannot be saved: this dataset has no workspace.</source>
        <translation>לא ניתן לשמור סטטוסים: למערך זה אין סביבת עבודה.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Review status</source>
        <translation>סטטוס סקירה</translation>
    </message>
</context>
<context>
    <name>dermask::ui::OverlayPanel</name>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="+39" />
        <source>Mask (truth)</source>
        <translation>מסכה (אמת)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The effective mask: your correction if there is one, else the dataset's mask</source>
        <translation>המסכה בתוקף: התיקון שלך אם יש, אחרת המסכה של המערך</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Prediction</source>
        <translation>חיזוי</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The mask predicted by the chosen model</source>
        <translation>המסכה שחזה המודל הנבחר</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Whose predictions to show</source>
        <translation>של איזה מודל להציג חיזויים</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No predictions yet: use Predict ▸ Predict All, or dermask-cli predict.</source>
        <translation>אין עדיין חיזויים: יש להפעיל חיזוי ◂ חיזוי לכל התמונות, או dermask-cli predict.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Model:</source>
        <translation>מודל:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Difference view</source>
        <translation>תצוגת הבדלים</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Colours the pixels where the prediction and the mask disagree</source>
        <translation>צובעת את הפיקסלים שבהם החיזוי והמסכה אינם מסכימים</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Prediction only:</source>
        <translation>בחיזוי בלבד:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mask only:</source>
        <translation>במסכה בלבד:</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+21" />
        <location line="+44" />
        <source>Opacity:</source>
        <translation>אטימות:</translation>
    </message>
    <message>
        <location line="-64" />
        <source>False positive: predicted lesion outside the mask</source>
        <translation>חיובי כוזב: נגע חזוי מחוץ למסכה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>False negative: mask the prediction missed</source>
        <translation>שלילי כוזב: חלק מהמסכה שהחיזוי החמיץ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Probability heat map</source>
        <translation>מפת חום של ההסתברות</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The model's lesion probability for every pixel</source>
        <translation>ההסתברות לנגע לפי המודל, לכל פיקסל</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Scale:</source>
        <translation>סולם:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hold &lt;b&gt;H&lt;/b&gt; to hide all overlays.</source>
        <translation>החזקת &lt;b&gt;H&lt;/b&gt; מסתירה את כל השכבות.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Outline</source>
        <translation>קו מתאר</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fill</source>
        <translation>מילוי</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Draw as:</source>
        <translation>ציור כ:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Opacity</source>
        <translation>אטימות</translation>
    </message>
</context>
<context>
    <name>dermask::ui::PredictActions</name>
    <message>
        <location filename="../ui/predict/predictactions.cpp" line="+32" />
        <source>Predicting %v/%m</source>
        <translation>חיזוי %v/%m</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+84" />
        <source>Prediction</source>
        <translation>חיזוי</translation>
    </message>
    <message numerus="yes">
        <location line="-75" />
        <source>Prediction cancelled: %n image(s) predicted.</source>
        <translation>
            <numerusform>החיזוי בוטל: נחזתה תמונה אחת.</numerusform>
            <numerusform>החיזוי בוטל: נחזו %n תמונות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Prediction finished: %n image(s) predicted.</source>
        <translation>
            <numerusform>החיזוי הסתיים: נחזתה תמונה אחת.</numerusform>
            <numerusform>החיזוי הסתיים: נחזו %n תמונות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n failed (see the browser's warning badges).</source>
        <translation>
            <numerusform>אחת נכשלה (ראו את סימני האזהרה ברשימה).</numerusform>
            <numerusform>%n נכשלו (ראו את סימני האזהרה ברשימה).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43" />
        <source>Choose Model File</source>
        <translation>בחירת קובץ מודל</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dermask models (*.pt);;All files (*)</source>
        <translation>מודלים של Dermask (*.pt);;כל הקבצים (*)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Predictions will use %1.</source>
        <translation>החיזויים ישתמשו ב-%1.</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Prediction is not available in this build. Predictions already in the workspace are shown.</source>
        <translation>חיזוי אינו זמין בגרסה זו. חיזויים שכבר נמצאים בסביבת העבודה מוצגים.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::ProblemsDialog</name>
    <message>
        <location filename="../ui/mainwindow/problemsdialog.cpp" line="+19" />
        <source>Dataset problems</source>
        <translation>בעיות במערך הנתונים</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Files in %1 that Dermask could not pair or read. They are listed here and never changed.</source>
        <translation>קבצים ב-%1 ש-Dermask לא הצליח לזווג או לקרוא. הם מוצגים כאן ולעולם אינם משתנים.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Problem</source>
        <translation>בעיה</translation>
    </message>
    <message>
        <location line="+8" />
        <source>mask without an image</source>
        <translation>מסכה ללא תמונה</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n image(s) have no mask; they are in the browser with the status "No mask".</source>
        <translation>
            <numerusform>לתמונה אחת אין מסכה; היא מופיעה ברשימה עם הסטטוס "ללא מסכה".</numerusform>
            <numerusform>ל-%n תמונות אין מסכה; הן מופיעות ברשימה עם הסטטוס "ללא מסכה".</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dermask::ui::SampleDataset</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/sampledataset.cpp" line="-37" />
        <source>Generating the sample dataset (%n image(s))…</source>
        <translation>
            <numerusform>יוצר את מערך הדוגמה (תמונה אחת)…</numerusform>
            <numerusform>יוצר את מערך הדוגמה (%n תמונות)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sample dataset</source>
        <translation>מערך הדוגמה</translation>
    </message>
    <message>
        <location line="+53" />
        <source>The sample dataset could not be generated.</source>
        <translation>לא ניתן היה ליצור את מערך הדוגמה.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::SampleModel</name>
    <message>
        <location filename="../ui/browser/samplemodel.cpp" line="+104" />
        <source>No mask</source>
        <translation>ללא מסכה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dataset mask</source>
        <translation>מסכת המערך</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Corrected</source>
        <translation>תוקנה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Approved</source>
        <translation>אושרה</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Common nevus</source>
        <translation>נבוס שכיח</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Atypical nevus</source>
        <translation>נבוס לא טיפוסי</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Melanoma</source>
        <translation>מלנומה</translation>
    </message>
    <message>
        <location line="+113" />
        <source>Image</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Diagnosis</source>
        <translation>אבחנה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Uncert.</source>
        <translation>אי-ודאות</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Agreement of the prediction with the mask (1 = identical). Click to list the largest disagreements first.</source>
        <translation>התאמת החיזוי למסכה (1 = זהים). לחיצה מציגה את אי-ההסכמות הגדולות תחילה.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>How unsure the model is: the mean binary entropy of its probability map (0 = certain, 1 = a coin toss everywhere). Click to list the most uncertain images first.</source>
        <translation>עד כמה המודל אינו בטוח: האנטרופיה הבינארית הממוצעת של מפת ההסתברות שלו (0 = ודאות, 1 = הטלת מטבע בכל מקום). לחיצה מציגה את התמונות הכי לא ודאיות תחילה.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::StatusLine</name>
    <message>
        <location filename="../ui/mainwindow/statusline.cpp" line="+29" />
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 layout</source>
        <comment>dataset layout, e.g. PH2 layout</comment>
        <translation>מבנה %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n image(s)</source>
        <translation>
            <numerusform>תמונה אחת</numerusform>
            <numerusform>%n תמונות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n mask(s)</source>
        <translation>
            <numerusform>מסכה אחת</numerusform>
            <numerusform>%n מסכות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n problem(s)</source>
        <translation>
            <numerusform>בעיה אחת</numerusform>
            <numerusform>%n בעיות</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>not in the filtered list</source>
        <translation>לא ברשימה המסוננת</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2</source>
        <comment>position in the image list</comment>
        <translation>%1 מתוך %2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Zoom %1 %</source>
        <translation>זום %1%</translation>
    </message>
    <message>
        <location line="+5" />
        <source>x %1, y %2</source>
        <translation>x %1, y %2</translation>
    </message>
</context>
<context>
    <name>dermask::ui::WelcomePage</name>
    <message>
        <location filename="../ui/mainwindow/welcomepage.cpp" line="+16" />
        <source>Dermask</source>
        <translation>Dermask</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Browse dermoscopy datasets and inspect their lesion masks: overlays, predictions, and the images where they disagree.</source>
        <translation>עיון במערכי נתונים של דרמוסקופיה ובדיקת מסכות הנגעים שלהם: שכבות, חיזויים, והתמונות שבהן הם אינם מסכימים.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open Dataset Folder…</source>
        <translation>פתיחת תיקיית מערך נתונים…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open Sample Dataset</source>
        <translation>פתיחת מערך הדוגמה</translation>
    </message>
    <message>
        <location line="+1" />
        <source>24 synthetic images with exact masks, generated on first use</source>
        <translation>24 תמונות סינתטיות עם מסכות מדויקות, נוצרות בשימוש הראשון</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Recognised layouts: PH2, ISIC (images with _segmentation masks), images/ + masks/ folders, or any folder of images. You can also drop a folder on this window.</source>
        <translation>מבנים מוכרים: PH2, ISIC (תמונות עם מסכות ‎_segmentation‎), תיקיות ‎images/‎ + ‎masks/‎, או כל תיקייה של תמונות. אפשר גם לגרור תיקייה אל החלון.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Recent datasets</source>
        <translation>מערכי נתונים אחרונים</translation>
    </message>
    <message>
        <location line="+50" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+23" />
        <source>Dermask</source>
        <translation>Dermask</translation>
    </message>
</context>
</TS>
