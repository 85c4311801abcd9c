<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>DatasetSession</name>
    <message>
        <location filename="../core/session/datasetsession.cpp" line="+47"/>
        <source>No workspace could be created, so statuses and predictions are unavailable: %1</source>
        <translation>לא ניתן ליצור סביבת עבודה, ולכן סטטוסים וחיזויים אינם זמינים: %1</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <location filename="../ui/common/durations.cpp" line="+20"/>
        <source>%1 s</source>
        <translation>%1 שנ׳</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 דק׳ %2 שנ׳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 שע׳ %2 דק׳</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../ui/editing/editactions.cpp" line="+46"/>
        <source>Undo the last change to the mask</source>
        <translation>ביטול השינוי האחרון במסכה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the change undone last</source>
        <translation>ביצוע חוזר של השינוי שבוטל אחרון</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Accept Prediction</source>
        <translation>&amp;קבלת החיזוי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the whole mask by the prediction at the chosen threshold</source>
        <translation>החלפת המסכה כולה בחיזוי לפי הסף שנבחר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill &amp;Holes</source>
        <translation>מילוי &amp;חורים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill the holes inside the lesion</source>
        <translation>מילוי החורים שבתוך הנגע</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &amp;Islands</source>
        <translation>הסרת &amp;איים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove lesion specks smaller than the chosen area</source>
        <translation>הסרת כתמי נגע קטנים מהשטח שנבחר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Largest Region</source>
        <translation>&amp;שמירת האזור הגדול ביותר</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep only the largest lesion region</source>
        <translation>שמירת אזור הנגע הגדול ביותר בלבד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Smooth Outline</source>
        <translation>&amp;החלקת קו המתאר</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Round off the outline (radius: the chosen pixels)</source>
        <translation>עיגול קו המתאר (רדיוס: הפיקסלים שנבחרו)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grow</source>
        <translation>ה&amp;רחבה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grow the mask by the chosen pixels</source>
        <translation>הרחבת המסכה במספר הפיקסלים שנבחר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shrin&amp;k</source>
        <translation>&amp;כיווץ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shrink the mask by the chosen pixels</source>
        <translation>כיווץ המסכה במספר הפיקסלים שנבחר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert to Source Mask</source>
        <translation>&amp;חזרה למסכת המקור</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put back the dataset&apos;s own mask (undoable)</source>
        <translation>החזרת המסכה המקורית של המערך (ניתן לבטל)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept Prediction</source>
        <translation>קבלת החיזוי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Largest</source>
        <translation>הגדול ביותר בלבד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smooth</source>
        <translation>החלקה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert to Source Mask</source>
        <translation>חזרה למסכת המקור</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;ייצוא…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write masks, predictions, overlays or metrics to a folder</source>
        <translation>כתיבת מסכות, חיזויים, שכבות או מדדים לתיקייה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve Mask</source>
        <translation>&amp;אישור המסכה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark this image&apos;s mask as reviewed and correct (A)</source>
        <translation>סימון המסכה של תמונה זו כנבדקה ונכונה (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>אישור</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Undo</source>
        <translation>&amp;ביטול</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;ביטול %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo</source>
        <translation>&amp;ביצוע חוזר</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;ביצוע חוזר %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Undo</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>ביצוע חוזר</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../ui/mainwindow/mainactions.cpp" line="+33"/>
        <source>&amp;Open Dataset…</source>
        <translation>&amp;פתיחת מערך נתונים…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a dataset folder</source>
        <translation>פתיחת תיקייה של מערך נתונים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Sample Dataset</source>
        <translation>פתיחת מערך ה&amp;דוגמה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the synthetic sample dataset (generated on first use)</source>
        <translation>פתיחת מערך הדוגמה הסינתטי (נוצר בשימוש הראשון)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset &amp;Problems…</source>
        <translation>&amp;בעיות במערך הנתונים…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of this dataset that could not be used, with the reason</source>
        <translation>קבצים במערך זה שלא ניתן היה להשתמש בהם, עם הסיבה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;יציאה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;הגדלה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>ה&amp;קטנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit to Window</source>
        <translation>התאמה ל&amp;חלון</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole image (F)</source>
        <translation>הצגת התמונה כולה (F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size (1:1)</source>
        <translation>גודל &amp;אמיתי (1:1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One image pixel per screen pixel (1)</source>
        <translation>פיקסל תמונה אחד לכל פיקסל מסך (1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;קיצורי מקלדת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Dermask</source>
        <translation>&amp;אודות Dermask</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>פתיחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>התאמה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/helpdialogs.cpp" line="+45"/>
        <source>Hold to hide all overlays</source>
        <translation>החזקה מסתירה את כל השכבות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wheel</source>
        <translation>גלגלת</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom at the mouse pointer</source>
        <translation>זום סביב סמן העכבר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag</source>
        <translation>גרירה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pan: middle button or Space + drag; the left button with Pan/View</source>
        <translation>הזזה: הכפתור האמצעי או רווח + גרירה; הכפתור השמאלי בכלי הזזה/צפייה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+גלגלת</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brush size</source>
        <translation>גודל המכחול</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;p&gt;&lt;b&gt;Dermask&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Browse dermoscopy datasets, inspect nevus masks and predictions, and find the images where they disagree.&lt;/p&gt;&lt;p&gt;Original dataset files are never written: corrected masks, statuses and predictions live in the dataset&apos;s workspace.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dermask&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;עיון במערכי נתונים של דרמוסקופיה, בדיקת מסכות של נבוסים וחיזויים, ואיתור התמונות שבהן הם אינם מסכימים.&lt;/p&gt;&lt;p&gt;קובצי המקור של מערך הנתונים לעולם אינם נכתבים: מסכות מתוקנות, סטטוסים וחיזויים נשמרים בסביבת העבודה של המערך.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Double click</source>
        <translation>לחיצה כפולה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch between fitted and 1:1</source>
        <translation>מעבר בין התאמה לחלון לבין 1:1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard Shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About Dermask</source>
        <translation>אודות Dermask</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <location filename="../core/learning/modelcatalog.cpp" line="+100"/>
        <source>%1: no such model.</source>
        <translation>%1: אין מודל כזה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; cannot be a model name: it becomes a file name, so it cannot contain / or \ or start with a dot.</source>
        <translation>„%1” לא יכול להיות שם של מודל: השם הופך לשם קובץ, ולכן אסור שיכיל / או \ או שיתחיל בנקודה.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 already exists: choose another name.</source>
        <translation>%1 כבר קיים: יש לבחור שם אחר.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot rename to %2.</source>
        <translation>%1: לא ניתן לשנות את השם ל-%2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is the active model and cannot be deleted: make another model active first.</source>
        <translation>%1 הוא המודל הפעיל ולא ניתן למחוק אותו: יש להפעיל קודם מודל אחר.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot delete the file.</source>
        <translation>%1: לא ניתן למחוק את הקובץ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot delete the predictions folder.</source>
        <translation>%1: לא ניתן למחוק את תיקיית החיזויים.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot create the models folder.</source>
        <translation>%1: לא ניתן ליצור את תיקיית המודלים.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: cannot copy to %2.</source>
        <translation>%1: לא ניתן להעתיק אל %2.</translation>
    </message>
</context>
<context>
    <name>PredictionStore</name>
    <message>
        <location filename="../core/session/predictionstore.cpp" line="+64"/>
        <source>%1: no folder to write the prediction to</source>
        <translation>%1: אין תיקייה שאליה אפשר לכתוב את החיזוי</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the predicted mask must be 8-bit single channel</source>
        <translation>%1: המסכה החזויה חייבת להיות בערוץ יחיד של 8 סיביות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the probability map and the mask differ in size</source>
        <translation>%1: מפת ההסתברות והמסכה שונות בגודלן</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: לא ניתן ליצור את התיקייה</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: cannot read the probability map</source>
        <translation>%1: לא ניתן לקרוא את מפת ההסתברות</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the probability map is not a grey image</source>
        <translation>%1: מפת ההסתברות אינה תמונה בגווני אפור</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the probability map is %2x%3 but its image is %4x%5</source>
        <translation>%1: מפת ההסתברות בגודל %2x%3 אך התמונה שלה בגודל %4x%5</translation>
    </message>
</context>
<context>
    <name>SampleDataset</name>
    <message>
        <location filename="../ui/mainwindow/sampledataset.cpp" line="+28"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: לא ניתן ליצור את התיקייה</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot rename to %2</source>
        <translation>%1: לא ניתן לשנות את השם ל-%2</translation>
    </message>
</context>
<context>
    <name>SampleLabels</name>
    <message>
        <location filename="../ui/common/samplelabels.cpp" line="+8"/>
        <source>No mask</source>
        <translation>ללא מסכה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset mask</source>
        <translation>מסכת המערך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>תוקנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>אושרה</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Common nevus</source>
        <translation>נבוס שכיח</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atypical nevus</source>
        <translation>נבוס לא טיפוסי</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Melanoma</source>
        <translation>מלנומה</translation>
    </message>
</context>
<context>
    <name>SampleLayers</name>
    <message>
        <location filename="../core/session/samplelayers.cpp" line="+60"/>
        <source>%1: the image changed since the folder was read</source>
        <translation>%1: התמונה השתנתה מאז שהתיקייה נקראה</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: cannot read the image</source>
        <translation>%1: לא ניתן לקרוא את התמונה</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: cannot read the mask</source>
        <translation>%1: לא ניתן לקרוא את המסכה</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <location filename="../ui/mainwindow/startupoptions.cpp" line="+20"/>
        <source>Browse dermoscopy datasets and inspect nevus masks.</source>
        <translation>עיון במערכי נתונים של דרמוסקופיה ובדיקת מסכות של נבוסים.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the synthetic sample dataset (generated on first use).</source>
        <translation>פתיחת מערך הדוגמה הסינתטי (נוצר בשימוש הראשון).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw the window at 1400x900 with the dataset&apos;s first image, save it as PNG &lt;file&gt; and exit.</source>
        <translation>ציור החלון בגודל 1400x900 עם התמונה הראשונה של המערך, שמירתו כקובץ PNG &lt;file&gt; ויציאה.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User interface language, e.g. he (Hebrew, right to left) or en.</source>
        <translation>שפת הממשק, למשל he (עברית, מימין לשמאל) או en.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the dataset&apos;s workspace in &lt;dir&gt; instead of DIR/.dermask.</source>
        <translation>שמירת סביבת העבודה של המערך ב-&lt;dir&gt; במקום ‎DIR/.dermask‎.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model file (.pt) that Predict uses.</source>
        <translation>קובץ המודל (.pt) שבו משתמש החיזוי.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start with an editing tool active: %1.</source>
        <translation>פתיחה עם כלי עריכה פעיל: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dataset folder to open (default: the last one).</source>
        <translation>תיקיית מערך הנתונים לפתיחה (ברירת מחדל: האחרונה).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only one dataset folder can be opened, got: %1</source>
        <translation>ניתן לפתוח תיקיית מערך נתונים אחת בלבד, התקבלו: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--tool must be one of %1, not &apos;%2&apos;</source>
        <translation>‏--tool חייב להיות אחד מ-%1, לא &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--screenshot needs a file name</source>
        <translation>האפשרות --screenshot דורשת שם קובץ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--sample and a dataset folder exclude each other</source>
        <translation>לא ניתן לשלב את --sample עם תיקיית מערך נתונים</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <location filename="../ui/common/thumbnailcache.cpp" line="+138"/>
        <source>%1: cannot read the image</source>
        <translation>%1: לא ניתן לקרוא את התמונה</translation>
    </message>
</context>
<context>
    <name>dermask::core::AutoSaver</name>
    <message>
        <location filename="../core/editing/autosaver.cpp" line="+196"/>
        <source>%1: the mask could not be saved</source>
        <translation>%1: לא ניתן היה לשמור את המסכה</translation>
    </message>
</context>
<context>
    <name>dermask::core::MaskDocument</name>
    <message>
        <location filename="../core/mask/maskdocument.cpp" line="+157"/>
        <source>Brush %1 px</source>
        <translation>מכחול %1 פיקסלים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase %1 px</source>
        <translation>מחיקה %1 פיקסלים</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Polygon fill</source>
        <translation>מילוי מצולע</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Polygon erase</source>
        <translation>מחיקת מצולע</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flood fill</source>
        <translation>מילוי אזור</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flood erase</source>
        <translation>ניקוי אזור</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>GrabCut</source>
        <translation>GrabCut</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="+404"/>
        <location filename="../core/mask/maskdocument.cpp" line="+19"/>
        <source>Accept prediction</source>
        <translation>קבלת החיזוי</translation>
    </message>
    <message>
        <location filename="../core/mask/maskdocument.cpp" line="+36"/>
        <source>Revert to source mask</source>
        <translation>חזרה למסכת המקור</translation>
    </message>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="-52"/>
        <location filename="../core/mask/maskdocument.cpp" line="-31"/>
        <source>Fill holes</source>
        <translation>מילוי חורים</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/mask/maskdocument.cpp" line="+10"/>
        <source>Keep largest</source>
        <translation>שמירת הגדול ביותר</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/mask/maskdocument.cpp" line="+5"/>
        <source>Smooth</source>
        <translation>החלקה</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../core/mask/maskdocument.cpp" line="-10"/>
        <source>Remove islands &lt; %1 px</source>
        <translation>הסרת איים ‎&lt; %1‎ פיקסלים</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../core/mask/maskdocument.cpp" line="+15"/>
        <source>Grow %1 px</source>
        <translation>הרחבה %1 פיקסלים</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/mask/maskdocument.cpp" line="+5"/>
        <source>Shrink %1 px</source>
        <translation>כיווץ %1 פיקסלים</translation>
    </message>
</context>
<context>
    <name>dermask::core::MaskJobs</name>
    <message>
        <location filename="../core/editing/maskjobs.cpp" line="+36"/>
        <source>%1 failed, the mask is unchanged: %2</source>
        <translation>%1 נכשל, המסכה לא שונתה: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown error</source>
        <translation>שגיאה לא ידועה</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the result is not a mask of the image&apos;s size</source>
        <translation>התוצאה אינה מסכה בגודל התמונה</translation>
    </message>
</context>
<context>
    <name>dermask::core::ModelGate</name>
    <message>
        <location filename="../core/learning/modelgate.cpp" line="+83"/>
        <source>the comparison was cancelled</source>
        <translation>ההשוואה בוטלה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: none of the validation images could be predicted</source>
        <translation>%1: לא ניתן היה לחזות אף אחת מתמונות האימות</translation>
    </message>
</context>
<context>
    <name>dermask::core::PredictController</name>
    <message>
        <location filename="../core/learning/predictcontroller.cpp" line="+45"/>
        <source>Prediction is not available in this build.</source>
        <translation>חיזוי אינו זמין בגרסה זו.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A prediction is already running.</source>
        <translation>חיזוי כבר פועל.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a dataset with a workspace first.</source>
        <translation>יש לפתוח קודם מערך נתונים עם סביבת עבודה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a model file first.</source>
        <translation>יש לבחור קודם קובץ מודל.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing to predict.</source>
        <translation>אין מה לחזות.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1: cannot load the model</source>
        <translation>%1: לא ניתן לטעון את המודל</translation>
    </message>
</context>
<context>
    <name>dermask::core::TrainingController</name>
    <message>
        <location filename="../core/learning/trainingcontroller.cpp" line="+126"/>
        <source>Training is not available: the model worker has stopped.</source>
        <translation>האימון אינו זמין: תהליך המודל נעצר.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a dataset to train on its masks.</source>
        <translation>יש לפתוח מערך נתונים כדי לאמן על המסכות שלו.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This dataset has no workspace, so a trained model could not be saved.</source>
        <translation>למערך הנתונים הזה אין סביבת עבודה, ולכן לא ניתן יהיה לשמור מודל מאומן.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Training needs at least %1 images with a mask; this dataset has %2. Draw masks on %n more image(s) with the Edit tools, then start again.</source>
        <translation>
            <numerusform>לאימון נדרשות לפחות %1 תמונות עם מסכה; במערך הזה יש %2. יש לצייר מסכה על תמונה אחת נוספת בכלי העריכה, ואז להתחיל שוב.</numerusform>
            <numerusform>לאימון נדרשות לפחות %1 תמונות עם מסכה; במערך הזה יש %2. יש לצייר מסכות על %n תמונות נוספות בכלי העריכה, ואז להתחיל שוב.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A training run is already going on.</source>
        <translation>אימון כבר פועל.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no active model to fine-tune: train one first.</source>
        <translation>אין מודל פעיל לכוונון עדין: יש לאמן מודל תחילה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Dermask model (a TorchScript module, or its description is missing), so it cannot be fine-tuned.</source>
        <translation>%1 אינו מודל של Dermask (מודול TorchScript, או שהתיאור שלו חסר), ולכן לא ניתן לכוונן אותו.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown network &quot;%1&quot;.</source>
        <translation>רשת לא מוכרת: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot create the models folder.</source>
        <translation>%1: לא ניתן ליצור את תיקיית המודלים.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>The click tool (K) corrects masks with it now.</source>
        <translation>כלי הלחיצות (K) מתקן איתו מסכות מעכשיו.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>It could not be measured on the validation images (%1), so the active model stays.</source>
        <translation>לא ניתן היה למדוד אותו על תמונות האימות (%1), ולכן המודל הפעיל נשאר.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no validation images to compare it on.</source>
        <translation>אין תמונות אימות שעליהן אפשר להשוות אותו.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Dice %1 on the %n validation image(s).</source>
        <translation>
            <numerusform>Dice %1 על תמונת האימות היחידה.</numerusform>
            <numerusform>Dice %1 על %n תמונות האימות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Dice %1 on the %n validation image(s), against %2 for %3.</source>
        <translation>
            <numerusform>Dice %1 על תמונת האימות היחידה, לעומת %2 של %3.</numerusform>
            <numerusform>Dice %1 על %n תמונות האימות, לעומת %2 של %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>But it is worse than the active model on the same %n validation image(s): Dice %1 against %2 (%3 less), so %4 stays active. %5 is kept: make it active in the Models panel if you want it anyway.</source>
        <translation>
            <numerusform>אבל הוא גרוע מהמודל הפעיל על אותה תמונת אימות: Dice %1 לעומת %2 (פחות ב-%3), ולכן %4 נשאר פעיל. %5 נשמר: אפשר להפוך אותו לפעיל בלוח המודלים אם רוצים בו בכל זאת.</numerusform>
            <numerusform>אבל הוא גרוע מהמודל הפעיל על אותן %n תמונות אימות: Dice %1 לעומת %2 (פחות ב-%3), ולכן %4 נשאר פעיל. %5 נשמר: אפשר להפוך אותו לפעיל בלוח המודלים אם רוצים בו בכל זאת.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Training finished: %n epoch(s).</source>
        <translation>
            <numerusform>האימון הסתיים: אפוק אחד.</numerusform>
            <numerusform>האימון הסתיים: %n אפוקים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Training stopped early after %n epoch(s): the validation Dice had stopped improving.</source>
        <translation>
            <numerusform>האימון נעצר מוקדם אחרי אפוק אחד: ה-Dice של האימות הפסיק להשתפר.</numerusform>
            <numerusform>האימון נעצר מוקדם אחרי %n אפוקים: ה-Dice של האימות הפסיק להשתפר.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Training used its time budget: %n epoch(s).</source>
        <translation>
            <numerusform>האימון ניצל את מגבלת הזמן: אפוק אחד.</numerusform>
            <numerusform>האימון ניצל את מגבלת הזמן: %n אפוקים.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Training stopped after %n epoch(s).</source>
        <translation>
            <numerusform>האימון נעצר אחרי אפוק אחד.</numerusform>
            <numerusform>האימון נעצר אחרי %n אפוקים.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training failed: %1</source>
        <translation>האימון נכשל: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown error</source>
        <translation>שגיאה לא ידועה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Best validation Dice %1 (epoch %2).</source>
        <translation>ה-Dice הטוב ביותר באימות: %1 (אפוק %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is now the active model.</source>
        <translation>%1 הוא עכשיו המודל הפעיל.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No epoch had finished: nothing was kept, the active model is unchanged.</source>
        <translation>אף אפוק לא הסתיים: דבר לא נשמר, והמודל הפעיל לא השתנה.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::BrowserWidget</name>
    <message>
        <location filename="../ui/browser/browserwidget.cpp" line="+118"/>
        <source>Filter by id…</source>
        <translation>סינון לפי מזהה…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>כל הסטטוסים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreviewed</source>
        <translation>לא נבדקו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mask</source>
        <translation>ללא מסכה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset mask</source>
        <translation>מסכת המערך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>תוקנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>אושרה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only images with this review status</source>
        <translation>הצגת תמונות עם סטטוס סקירה זה בלבד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only images with this clinical diagnosis</source>
        <translation>הצגת תמונות עם אבחנה קלינית זו בלבד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>מזהה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>אבחנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst Dice first (disagreement)</source>
        <translation>Dice גרוע תחילה (אי-הסכמה)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best Dice first</source>
        <translation>Dice טוב תחילה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most uncertain first</source>
        <translation>אי-ודאות גבוהה תחילה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst Dice first lists the images where prediction and mask disagree most: the likeliest mask errors.</source>
        <translation>Dice גרוע תחילה מציג את התמונות שבהן החיזוי והמסכה הכי פחות מסכימים: שגיאות המסכה הסבירות ביותר.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find:</source>
        <translation>חיפוש:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show:</source>
        <translation>הצגה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort:</source>
        <translation>מיון:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Atypical nevus</source>
        <translation>נבוס לא טיפוסי</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uncert.</source>
        <translation>אי-ודאות</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>All diagnoses</source>
        <translation>כל האבחנות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>תמונה אחת</numerusform>
            <numerusform>%n תמונות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Showing %1 of %n image(s)</source>
        <translation>
            <numerusform>מוצגות %1 מתוך תמונה אחת</numerusform>
            <numerusform>מוצגות %1 מתוך %n תמונות</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dermask::ui::ClickTool</name>
    <message>
        <location filename="../ui/tools/clicktool.cpp" line="+40"/>
        <source>No click model yet: train one in the Training panel (Model: Click correction), then click on the lesion here.</source>
        <translation>אין עדיין מודל לחיצות: אמנו אחד בחלונית האימון (מודל: תיקון בלחיצות), ואז לחצו כאן על הנגע.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The image is still loading: click again in a moment.</source>
        <translation>התמונה עדיין נטענת: לחצו שוב בעוד רגע.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The box must be at least 4 × 4 image pixels: drag around the lesion, or click on it.</source>
        <translation>המלבן חייב להיות לפחות 4 × 4 פיקסלים של התמונה: יש לגרור סביב הנגע, או ללחוץ עליו.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The click model is redrawing the mask…</source>
        <translation>מודל הלחיצות משרטט מחדש את המסכה…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Click: lesion</source>
        <translation>לחיצה: נגע</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click: skin</source>
        <translation>לחיצה: עור</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n click(s). Left: lesion, right: skin; Backspace drops the last; Enter keeps the mask.</source>
        <translation>
            <numerusform>לחיצה אחת. שמאלית: נגע, ימנית: עור; Backspace מבטל את האחרונה; Enter שומר את המסכה.</numerusform>
            <numerusform>%n לחיצות. שמאלית: נגע, ימנית: עור; Backspace מבטל את האחרונה; Enter שומר את המסכה.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The click model left the mask as it was: click where it is still wrong.</source>
        <translation>מודל הלחיצות השאיר את המסכה כפי שהייתה: לחצו היכן שהיא עדיין שגויה.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The click model failed: %1</source>
        <translation>מודל הלחיצות נכשל: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Last click dropped.</source>
        <translation>הלחיצה האחרונה בוטלה.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mask kept.</source>
        <translation>המסכה נשמרה.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::ColorButton</name>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="+129"/>
        <source>Choose a colour</source>
        <translation>בחירת צבע</translation>
    </message>
    <message>
        <location filename="../ui/panels/colorbutton.cpp" line="+27"/>
        <source>Overlay colour</source>
        <translation>צבע השכבה</translation>
    </message>
</context>
<context>
    <name>dermask::ui::DatasetOpener</name>
    <message>
        <location filename="../ui/mainwindow/datasetopener.cpp" line="+56"/>
        <source>Open &amp;Recent</source>
        <translation>פתיחת &amp;אחרונים</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Sample dataset</source>
        <translation>מערך הדוגמה</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Open Dataset Folder</source>
        <translation>פתיחת תיקיית מערך נתונים</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The last dataset, %1, is no longer there.</source>
        <translation>מערך הנתונים האחרון, %1, כבר אינו קיים.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot open</source>
        <translation>%1: לא ניתן לפתוח</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Dataset</source>
        <translation>פתיחת מערך נתונים</translation>
    </message>
</context>
<context>
    <name>dermask::ui::EditController</name>
    <message>
        <location filename="../ui/editing/editcontroller.cpp" line="-332"/>
        <source>%1: nothing to change.</source>
        <translation>%1: אין מה לשנות.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 cannot be edited: %2</source>
        <translation>לא ניתן לערוך את %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The mask of %1 could not be read, so editing starts from an empty mask: %2</source>
        <translation>לא ניתן היה לקרוא את המסכה של %1, ולכן העריכה מתחילה ממסכה ריקה: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>The changes to %n image(s) could not be saved:

%1

They are still here. Free some space or make the workspace writable and try again, or quit and lose them.</source>
        <translation>
            <numerusform>לא ניתן היה לשמור את השינויים בתמונה אחת:

%1

הם עדיין כאן. יש לפנות מקום או לאפשר כתיבה לסביבת העבודה ולנסות שוב, או לצאת ולאבד אותם.</numerusform>
            <numerusform>לא ניתן היה לשמור את השינויים ב-%n תמונות:

%1

הם עדיין כאן. יש לפנות מקום או לאפשר כתיבה לסביבת העבודה ולנסות שוב, או לצאת ולאבד אותם.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved changes</source>
        <translation>שינויים שלא נשמרו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit and Lose Them</source>
        <translation>יציאה ואיבוד השינויים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Dermask Open</source>
        <translation>להשאיר את Dermask פתוח</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not approved: its changes could not be saved.</source>
        <translation>%1 לא אושרה: לא ניתן היה לשמור את השינויים בה.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no mask to approve.</source>
        <translation>ל-%1 אין מסכה לאישור.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statuses cannot be saved: this dataset has no workspace.</source>
        <translation>לא ניתן לשמור סטטוסים: למערך זה אין סביבת עבודה.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review status</source>
        <translation>סטטוס סקירה</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saving failed</source>
        <translation>השמירה נכשלה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The corrected mask of %1 could not be saved:
%2

The change is kept in memory and marked unsaved; Dermask tries again after your next change and when you leave the image.</source>
        <translation>לא ניתן היה לשמור את המסכה המתוקנת של %1:
%2

השינוי נשמר בזיכרון ומסומן כלא שמור; Dermask ינסה שוב אחרי השינוי הבא שלך וכשתעבור לתמונה אחרת.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved: %1</source>
        <translation>לא נשמר: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>Saving…</source>
        <translation>שומר…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Unsaved changes: %1 (saved in a moment)</source>
        <translation>שינויים שטרם נשמרו: %1 (יישמרו בעוד רגע)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All changes are saved in %1.</source>
        <translation>כל השינויים נשמרו ב-%1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change is saved by itself, in %1.</source>
        <translation>כל שינוי נשמר מעצמו, ב-%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This dataset has no workspace: changes cannot be saved.</source>
        <translation>למערך זה אין סביבת עבודה: לא ניתן לשמור שינויים.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Not saved</source>
        <translation>⚠ לא נשמר</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Unsaved</source>
        <translation>● לא שמור</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Saved</source>
        <translation>✓ נשמר</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>This image has no prediction to accept: use Predict ▸ Predict This Image first.</source>
        <translation>לתמונה זו אין חיזוי לקבל: יש להפעיל קודם חיזוי ◂ חיזוי לתמונה זו.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The mask already is the dataset&apos;s own mask.</source>
        <translation>המסכה כבר זהה למסכה המקורית של המערך.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::EditPanel</name>
    <message>
        <location filename="../ui/editing/editpanel.cpp" line="+145"/>
        <source>Prediction</source>
        <translation>חיזוי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability from which the prediction counts as lesion; the dashed outline shows the result while you choose</source>
        <translation>ההסתברות שממנה החיזוי נחשב נגע; הקו המקווקו מראה את התוצאה בזמן הבחירה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold:</source>
        <translation>סף:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prediction for this image yet: Predict ▸ Predict This Image.</source>
        <translation>אין עדיין חיזוי לתמונה זו: חיזוי ◂ חיזוי לתמונה זו.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean up</source>
        <translation>ניקוי</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source> px</source>
        <translation> פיקסלים</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Regions smaller than this many pixels are removed</source>
        <translation>אזורים קטנים ממספר פיקסלים זה מוסרים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How far Grow and Shrink move the outline, and the radius of Smooth</source>
        <translation>כמה הרחבה וכיווץ מזיזים את קו המתאר, והרדיוס של ההחלקה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under</source>
        <translation>מתחת ל-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by</source>
        <translation>ב-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History of this image (click to go back):</source>
        <translation>היסטוריית התמונה (לחיצה חוזרת לשלב):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As opened</source>
        <translation>כפי שנפתחה</translation>
    </message>
</context>
<context>
    <name>dermask::ui::ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.cpp" line="+142"/>
        <location line="+18"/>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masks: your corrections, else the dataset&apos;s own masks</source>
        <translation>מסכות: התיקונים שלך, אחרת המסכות המקוריות של המערך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predictions of a model</source>
        <translation>חיזויים של מודל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both (in the subfolders masks/ and predictions/)</source>
        <translation>שניהם (בתיקיות המשנה masks/‎ ו-predictions/‎)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>מודל:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder to write into (created if missing)</source>
        <translation>התיקייה לכתיבה (תיווצר אם אינה קיימת)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>עיון…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where:</source>
        <translation>לאן:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the dataset&apos;s masks</source>
        <translation>כמו המסכות של המערך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISIC (&lt;id&gt;_segmentation.png)</source>
        <translation>ISIC ‏(&lt;id&gt;_segmentation.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain (&lt;id&gt;.png)</source>
        <translation>פשוט ‏(&lt;id&gt;.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File names:</source>
        <translation>שמות קבצים:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also</source>
        <translation>בנוסף</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlay images: each photo with the mask (green) and prediction (magenta) outlined, in overlays/</source>
        <translation>תמונות שכבה: כל תמונה עם קו המתאר של המסכה (ירוק) והחיזוי (מגנטה), בתיקייה overlays/‎</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metrics table (metrics.csv): status, areas, Dice and IoU per image</source>
        <translation>טבלת מדדים (metrics.csv): סטטוס, שטחים, Dice ו-IoU לכל תמונה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Folder</source>
        <translation>פתיחת התיקייה</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Export Into</source>
        <translation>ייצוא אל</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Changes to %1 could not be saved; the export holds their last saved masks.</source>
        <translation>לא ניתן היה לשמור את השינויים ב-%1; הייצוא יכיל את המסכות שנשמרו אחרונות.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No predictions yet: use Predict ▸ Predict All first.</source>
        <translation>אין עדיין חיזויים: יש להפעיל קודם חיזוי ◂ חיזוי לכל התמונות.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. %1</source>
        <translation>לדוגמה %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This dataset has no workspace to export from.</source>
        <translation>למערך זה אין סביבת עבודה לייצא ממנה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder to write into.</source>
        <translation>יש לבחור את התיקייה לכתיבה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no predictions to export yet.</source>
        <translation>אין עדיין חיזויים לייצוא.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting to %1…</source>
        <translation>מייצא אל %1…</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+116"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelling…</source>
        <translation>מבטל…</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+179"/>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>%n mask(s)</source>
        <translation>
            <numerusform>מסכה אחת</numerusform>
            <numerusform>%n מסכות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n prediction(s)</source>
        <translation>
            <numerusform>חיזוי אחד</numerusform>
            <numerusform>%n חיזויים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overlay image(s)</source>
        <translation>
            <numerusform>תמונת שכבה אחת</numerusform>
            <numerusform>%n תמונות שכבה</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the metrics table</source>
        <translation>טבלת המדדים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled after writing %1 to %2.</source>
        <translation>בוטל אחרי כתיבת %1 אל %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrote %1 to %2.</source>
        <translation>נכתבו %1 אל %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n image(s) without a mask were skipped.</source>
        <translation>
            <numerusform>תמונה אחת ללא מסכה דולגה.</numerusform>
            <numerusform>%n תמונות ללא מסכה דולגו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n image(s) without a prediction were skipped.</source>
        <translation>
            <numerusform>תמונה אחת ללא חיזוי דולגה.</numerusform>
            <numerusform>%n תמונות ללא חיזוי דולגו.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dermask::ui::FloodTool</name>
    <message>
        <location filename="../ui/tools/floodtool.cpp" line="+31"/>
        <source>Already lesion: click inside a background region (a hole) to fill it.</source>
        <translation>זה כבר נגע: יש ללחוץ בתוך אזור רקע (חור) כדי למלא אותו.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already background: right-click inside a lesion region to clear it.</source>
        <translation>זה כבר רקע: יש ללחוץ לחיצה ימנית בתוך אזור נגע כדי לנקות אותו.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flood fill</source>
        <translation>מילוי אזור</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flood erase</source>
        <translation>ניקוי אזור</translation>
    </message>
</context>
<context>
    <name>dermask::ui::GrabCutTool</name>
    <message>
        <location filename="../ui/tools/grabcuttool.cpp" line="+72"/>
        <source>Drag a box around the lesion first.</source>
        <translation>יש לגרור קודם מלבן סביב הנגע.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The GrabCut box must be at least 4 × 4 image pixels: drag around the lesion.</source>
        <translation>מלבן GrabCut חייב להיות לפחות 4 × 4 פיקסלים של התמונה: יש לגרור סביב הנגע.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>GrabCut is looking for the lesion in the box…</source>
        <translation>GrabCut מחפש את הנגע במלבן…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>GrabCut failed: %1</source>
        <translation>GrabCut נכשל: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GrabCut done. Refine: paint inside the box with the left button for lesion, the right for skin; Shift+drag for a new box.</source>
        <translation>GrabCut הסתיים. לשיפור: ציור בתוך המלבן בכפתור השמאלי לנגע, בימני לעור; Shift+גרירה למלבן חדש.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GrabCut done.</source>
        <translation>GrabCut הסתיים.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>GrabCut…</source>
        <translation>GrabCut…</translation>
    </message>
</context>
<context>
    <name>dermask::ui::ImageCanvas</name>
    <message>
        <location filename="../ui/canvas/imagecanvas.cpp" line="+87"/>
        <source>The edit on %1 was not applied: you left the image before its full resolution was read.</source>
        <translation>העריכה ב־%1 לא הוחלה: עזבת את התמונה לפני שנקראה ברזולוציה מלאה.</translation>
    </message>
    <message>
        <location line="+417"/>
        <source>Loading %1…</source>
        <translation>טוען את %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot show %1</source>
        <translation>לא ניתן להציג את %1</translation>
    </message>
</context>
<context>
    <name>dermask::ui::InfoPanel</name>
    <message>
        <location filename="../ui/panels/infopanel.cpp" line="+22"/>
        <source>%1 px (%2 % of the image)</source>
        <translation>%1 פיקסלים (%2% מהתמונה)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>File:</source>
        <translation>קובץ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>גודל:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis:</source>
        <translation>אבחנה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>סטטוס:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask:</source>
        <translation>מסכה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask area:</source>
        <translation>שטח המסכה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>מודל:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted area:</source>
        <translation>שטח חזוי:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dice:</source>
        <translation>Dice:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IoU:</source>
        <translation>IoU:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncertainty:</source>
        <translation>אי-ודאות:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No image</source>
        <translation>אין תמונה</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 פיקסלים</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>your correction</source>
        <translation>התיקון שלך</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dataset&apos;s mask</source>
        <translation>המסכה של המערך</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not predicted yet</source>
        <translation>טרם נחזה</translation>
    </message>
</context>
<context>
    <name>dermask::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/mainwindow/languagemenu.cpp" line="+41"/>
        <source>&amp;Language</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>ברירת המחדל של המערכת</translation>
    </message>
</context>
<context>
    <name>dermask::ui::LassoTool</name>
    <message>
        <location filename="../ui/tools/lassotool.cpp" line="+76"/>
        <source>Click the next corners; double-click, Enter or a click on the first corner closes the polygon. Esc drops it.</source>
        <translation>יש ללחוץ על הפינות הבאות; לחיצה כפולה, Enter או לחיצה על הפינה הראשונה סוגרות את המצולע. Esc מבטל אותו.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A lasso needs at least three corners.</source>
        <translation>ללאסו נדרשות לפחות שלוש פינות.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing changed: the inside of the lasso was background already.</source>
        <translation>שום דבר לא השתנה: פנים הלאסו כבר היה רקע.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changed: the inside of the lasso was lesion already.</source>
        <translation>שום דבר לא השתנה: פנים הלאסו כבר היה נגע.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This image has no prediction to accept: use Predict ▸ Predict This Image first.</source>
        <translation>לתמונה זו אין חיזוי לקבל: יש להפעיל קודם חיזוי ◂ חיזוי לתמונה זו.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing changed: inside the lasso the mask already equals the prediction.</source>
        <translation>שום דבר לא השתנה: בתוך הלאסו המסכה כבר זהה לחיזוי.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+523"/>
        <source>Dermask</source>
        <translation>Dermask</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/windowdocks.cpp" line="+71"/>
        <source>Images</source>
        <translation>תמונות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overlays</source>
        <translation>שכבות</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Edit</source>
        <translation>עריכה</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="-361"/>
        <source>&amp;Clean Up</source>
        <translation>&amp;ניקוי</translation>
    </message>
    <message>
        <location line="+349"/>
        <source>Hold H to Hide All Overlays</source>
        <translation>החזקת H מסתירה את כל השכבות</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;עריכה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tools</source>
        <translation>&amp;כלים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go</source>
        <translation>&amp;מעבר</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Review</source>
        <translation>&amp;סקירה</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>ראשי</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opening %1…</source>
        <translation>פותח את %1…</translation>
    </message>
    <message>
        <location line="+305"/>
        <source>%1 — Dermask</source>
        <translation>%1 — Dermask</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 — Dermask</source>
        <translation>%1 — %2 — Dermask</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>No images found in %1.
Dermask looks for PH2, ISIC, images/ + masks/ folders, or plain image files.</source>
        <translation>לא נמצאו תמונות ב-%1.
Dermask מחפש PH2, ISIC, תיקיות ‎images/‎ + ‎masks/‎, או קובצי תמונה רגילים.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::ModelsDock</name>
    <message>
        <location filename="../ui/models/modelsdock.cpp" line="+138"/>
        <source>Models</source>
        <translation>מודלים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The models trained on this dataset. The active one (★) makes the predictions; a new model only replaces it if it is not worse.</source>
        <translation>המודלים שאומנו על מערך הנתונים הזה. המודל הפעיל (★) מפיק את החיזויים; מודל חדש מחליף אותו רק אם אינו גרוע ממנו.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>מודל</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network</source>
        <translation>רשת</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>נוצר</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validation Dice</source>
        <translation>Dice באימות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learnt from</source>
        <translation>למד מתוך</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fine-tuned from</source>
        <translation>כוונן מתוך</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Training time</source>
        <translation>זמן אימון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean Dice on the dataset&apos;s fixed validation images, at their own size: every model is measured on the same images</source>
        <translation>Dice ממוצע על תמונות האימות הקבועות של מערך הנתונים, בגודלן המקורי: כל מודל נמדד על אותן תמונות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make &amp;Active</source>
        <translation>הפוך ל&amp;פעיל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predict with this model from now on (Enter)</source>
        <translation>מעכשיו לחזות בעזרת המודל הזה (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;שינוי שם…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the model another name (F2)</source>
        <translation>לתת למודל שם אחר (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>מ&amp;חיקה…</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Delete the model and its predictions (Delete)</source>
        <translation>למחוק את המודל ואת החיזויים שלו (Delete)</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>&amp;Import…</source>
        <translation>י&amp;יבוא…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a Dermask model or a TorchScript module to this dataset&apos;s models</source>
        <translation>להוסיף מודל של Dermask או מודול TorchScript למודלים של מערך הנתונים הזה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>י&amp;צוא…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the model as a TorchScript file that Python&apos;s torch.jit.load runs</source>
        <translation>לכתוב את המודל כקובץ TorchScript שאפשר להריץ ב-Python עם torch.jit.load</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Models</source>
        <translation>&amp;מודלים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The models of this dataset: compare, activate, rename, export (Ctrl+M)</source>
        <translation>המודלים של מערך הנתונים הזה: השוואה, הפעלה, שינוי שם, יצוא (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The active model: it makes the predictions</source>
        <translation>המודל הפעיל: הוא מפיק את החיזויים</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (clicks)</source>
        <translation>%1 (לחיצות)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A click model: the click tool (K) corrects masks with the newest one</source>
        <translation>מודל לחיצות: כלי הלחיצות (K) מתקן מסכות עם החדש ביותר</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(older set)</source>
        <translation>(סט ישן יותר)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n image(s), %1 corrected</source>
        <translation>
            <numerusform>תמונה אחת, %1 מתוקנות</numerusform>
            <numerusform>%n תמונות, %1 מתוקנות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>תמונה אחת</numerusform>
            <numerusform>%n תמונות</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a dataset to see its models.</source>
        <translation>יש לפתוח מערך נתונים כדי לראות את המודלים שלו.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No model yet: train one with Train ▸ Training Panel (Ctrl+T), or import one.</source>
        <translation>עדיין אין מודל: אפשר לאמן אחד דרך אימון ▸ לוח האימון (Ctrl+T), או לייבא אחד.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation Dice appears once a model has been trained here: the first run sets aside the dataset&apos;s fixed validation images.</source>
        <translation>ה-Dice באימות יופיע אחרי שיאומן כאן מודל: האימון הראשון מייחד את תמונות האימות הקבועות של מערך הנתונים.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Validation Dice: the mean over the same %n validation image(s) for every model, at their own size.</source>
        <translation>
            <numerusform>Dice באימות: על אותה תמונת אימות אחת לכל מודל, בגודלה המקורי.</numerusform>
            <numerusform>Dice באימות: הממוצע על אותן %n תמונות אימות לכל מודל, בגודלן המקורי.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The active model cannot be deleted: make another one active first</source>
        <translation>לא ניתן למחוק את המודל הפעיל: יש להפעיל קודם מודל אחר</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is now the active model: every image is being predicted with it.</source>
        <translation>%1 הוא עכשיו המודל הפעיל: כל התמונות נחזות מחדש בעזרתו.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is being written (by a training run or Predict All): wait until it ends.</source>
        <translation>%1 נכתב כרגע (בידי אימון או &apos;חיזוי לכל התמונות&apos;): יש להמתין עד שיסתיים.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename Model</source>
        <translation>שינוי שם המודל</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name for %1:</source>
        <translation>שם חדש ל-%1:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is now called %2.</source>
        <translation>השם של %1 הוא עכשיו %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete Model</source>
        <translation>מחיקת מודל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the model %1 and its predictions? This cannot be undone.</source>
        <translation>למחוק את המודל %1 ואת החיזויים שלו? לא ניתן לבטל את הפעולה.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was deleted.</source>
        <translation>%1 נמחק.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import Model</source>
        <translation>יבוא מודל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models (*.pt);;All files (*)</source>
        <translation>מודלים (*.pt);;כל הקבצים (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking %1…</source>
        <translation>בודק את %1…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported as %1. Make it active to predict with it.</source>
        <translation>יובא בשם %1. יש להפוך אותו לפעיל כדי לחזות בעזרתו.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Model as TorchScript</source>
        <translation>יצוא המודל כ-TorchScript</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TorchScript (*.pt)</source>
        <translation>TorchScript (*.pt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting %1…</source>
        <translation>מייצא את %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported to %1 (with its description %2). In Python: m = torch.jit.load(&quot;%3&quot;); logits = m(images)</source>
        <translation>יוצא אל %1 (עם קובץ התיאור %2). ב-Python: m = torch.jit.load(&quot;%3&quot;); logits = m(images)</translation>
    </message>
</context>
<context>
    <name>dermask::ui::Navigator</name>
    <message>
        <location filename="../ui/browser/navigator.cpp" line="+89"/>
        <source>&amp;Next Image</source>
        <translation>התמונה ה&amp;באה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next image in the list (→ or Page Down)</source>
        <translation>התמונה הבאה ברשימה (← או Page Down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;revious Image</source>
        <translation>התמונה ה&amp;קודמת</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous image in the list (← or Page Up)</source>
        <translation>התמונה הקודמת ברשימה (→ או Page Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;Unreviewed</source>
        <translation>הבאה שלא &amp;נבדקה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next image you have neither corrected nor approved (U)</source>
        <translation>התמונה הבאה שעדיין לא תיקנת ולא אישרת (U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Most Un&amp;certain</source>
        <translation>הבאה ב&amp;אי-ודאות</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next Largest &amp;Disagreement</source>
        <translation>אי-ההסכמה הגדולה ה&amp;באה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image where prediction and mask disagree most; press again for the next one (W)</source>
        <translation>התמונה שבה החיזוי והמסכה הכי פחות מסכימים; לחיצה נוספת עוברת לבאה (W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by Disagreement</source>
        <translation>מיון לפי אי-הסכמה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the images with the worst Dice first: likely mask errors</source>
        <translation>הצגת התמונות עם ה-Dice הגרוע ביותר תחילה: שגיאות מסכה סבירות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by Uncertainty</source>
        <translation>מיון לפי אי-ודאות</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The image the model most likely got wrong, to check first; press again for the next one (Y). Measured: as an order to teach the model in, it is no better than going through the images in any order</source>
        <translation>התמונה שהמודל כנראה טעה בה יותר מכול, לבדיקה ראשונה; לחיצה נוספת עוברת לבאה (Y). נמדד: כסדר ללימוד המודל, הוא אינו טוב יותר ממעבר על התמונות בסדר כלשהו</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the images the model most likely got wrong first</source>
        <translation>להציג קודם את התמונות שהמודל כנראה טעה בהן</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by Id</source>
        <translation>מיון לפי מזהה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>הקודמת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>הבאה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Unreviewed</source>
        <translation>הבאה שלא נבדקה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst Dice First</source>
        <translation>Dice גרוע תחילה</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>No more images with an uncertainty: predict first (Predict ▸ Predict All).</source>
        <translation>אין עוד תמונות עם אי-ודאות: יש להפעיל חיזוי קודם (חיזוי ◂ חיזוי לכל התמונות).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No more images with both a mask and a prediction.</source>
        <translation>אין עוד תמונות שיש להן גם מסכה וגם חיזוי.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dice needs predictions to compare with: use Predict ▸ Predict All, then sort again.</source>
        <translation>ל-Dice דרושים חיזויים להשוואה: יש להפעיל חיזוי ◂ חיזוי לכל התמונות, ואז למיין שוב.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uncertainty needs predictions: use Predict ▸ Predict All, then sort again.</source>
        <translation>לאי-ודאות דרושים חיזויים: יש להפעיל חיזוי ◂ חיזוי לכל התמונות, ואז למיין שוב.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>This is the last image in the list.</source>
        <translation>זו התמונה האחרונה ברשימה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the first image in the list.</source>
        <translation>זו התמונה הראשונה ברשימה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No images in the list.</source>
        <translation>אין תמונות ברשימה.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every image in the list has been reviewed.</source>
        <translation>כל התמונות ברשימה נבדקו.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::OverlayControls</name>
    <message>
        <location filename="../ui/panels/overlaycontrols.cpp" line="+41"/>
        <source>Show &amp;Mask</source>
        <translation>הצגת ה&amp;מסכה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the mask (M)</source>
        <translation>הצגת המסכה (M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Prediction</source>
        <translation>הצגת ה&amp;חיזוי</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the predicted mask (P)</source>
        <translation>הצגת המסכה החזויה (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Difference View</source>
        <translation>תצוגת ה&amp;בדלים</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour where prediction and mask disagree (D)</source>
        <translation>צביעת המקומות שבהם החיזוי והמסכה אינם מסכימים (D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability &amp;Heat Map</source>
        <translation>מפת &amp;חום של ההסתברות</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the model&apos;s probability map (Shift+P)</source>
        <translation>הצגת מפת ההסתברות של המודל (Shift+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill Mask</source>
        <translation>מילוי המסכה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draw the mask filled instead of outlined (Shift+M)</source>
        <translation>ציור המסכה ממולאת במקום קו מתאר (Shift+M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill Prediction</source>
        <translation>מילוי החיזוי</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draw the prediction filled instead of outlined</source>
        <translation>ציור החיזוי ממולא במקום קו מתאר</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mask</source>
        <translation>מסכה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prediction</source>
        <translation>חיזוי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>הבדלים</translation>
    </message>
</context>
<context>
    <name>dermask::ui::OverlayPanel</name>
    <message>
        <location filename="../ui/panels/overlaypanel.cpp" line="-13"/>
        <source>Mask (truth)</source>
        <translation>מסכה (אמת)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The effective mask: your correction if there is one, else the dataset&apos;s mask</source>
        <translation>המסכה בתוקף: התיקון שלך אם יש, אחרת המסכה של המערך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prediction</source>
        <translation>חיזוי</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The mask predicted by the chosen model</source>
        <translation>המסכה שחזה המודל הנבחר</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose predictions to show</source>
        <translation>של איזה מודל להציג חיזויים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No predictions yet: use Predict ▸ Predict All, or dermask-cli predict.</source>
        <translation>אין עדיין חיזויים: יש להפעיל חיזוי ◂ חיזוי לכל התמונות, או dermask-cli predict.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Model:</source>
        <translation>מודל:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Difference view</source>
        <translation>תצוגת הבדלים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours the pixels where the prediction and the mask disagree</source>
        <translation>צובעת את הפיקסלים שבהם החיזוי והמסכה אינם מסכימים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prediction only:</source>
        <translation>בחיזוי בלבד:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask only:</source>
        <translation>במסכה בלבד:</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <location line="+8"/>
        <source>Opacity:</source>
        <translation>אטימות:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>False positive: predicted lesion outside the mask</source>
        <translation>חיובי כוזב: נגע חזוי מחוץ למסכה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False negative: mask the prediction missed</source>
        <translation>שלילי כוזב: חלק מהמסכה שהחיזוי החמיץ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability heat map</source>
        <translation>מפת חום של ההסתברות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s lesion probability for every pixel</source>
        <translation>ההסתברות לנגע לפי המודל, לכל פיקסל</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale:</source>
        <translation>סולם:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold &lt;b&gt;H&lt;/b&gt; to hide all overlays.</source>
        <translation>החזקת &lt;b&gt;H&lt;/b&gt; מסתירה את כל השכבות.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Outline</source>
        <translation>קו מתאר</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill</source>
        <translation>מילוי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw as:</source>
        <translation>ציור כ:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Opacity</source>
        <translation>אטימות</translation>
    </message>
</context>
<context>
    <name>dermask::ui::PredictActions</name>
    <message>
        <location filename="../ui/predict/predictactions.cpp" line="+73"/>
        <source>Choose &amp;Model File…</source>
        <translation>בחירת קובץ &amp;מודל…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The model used for predictions</source>
        <translation>המודל שמשמש לחיזויים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predict &amp;This Image</source>
        <translation>חיזוי לתמונה &amp;זו</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Predict the mask of the image on screen</source>
        <translation>חיזוי המסכה של התמונה שעל המסך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predict &amp;All</source>
        <translation>חיזוי ל&amp;כל התמונות</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Predict every image that has no up-to-date prediction</source>
        <translation>חיזוי לכל תמונה שאין לה חיזוי עדכני</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Prediction</source>
        <translation>&amp;ביטול החיזוי</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop after the current image</source>
        <translation>עצירה אחרי התמונה הנוכחית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predict</source>
        <translation>חיזוי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Predict</source>
        <translation>&amp;חיזוי</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Predicting %v/%m</source>
        <translation>חיזוי %v/%m</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+125"/>
        <source>Prediction</source>
        <translation>חיזוי</translation>
    </message>
    <message numerus="yes">
        <location line="-111"/>
        <source>Prediction cancelled: %n image(s) predicted.</source>
        <translation>
            <numerusform>החיזוי בוטל: נחזתה תמונה אחת.</numerusform>
            <numerusform>החיזוי בוטל: נחזו %n תמונות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Prediction finished: %n image(s) predicted.</source>
        <translation>
            <numerusform>החיזוי הסתיים: נחזתה תמונה אחת.</numerusform>
            <numerusform>החיזוי הסתיים: נחזו %n תמונות.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed (see the browser&apos;s warning badges).</source>
        <translation>
            <numerusform>אחת נכשלה (ראו את סימני האזהרה ברשימה).</numerusform>
            <numerusform>%n נכשלו (ראו את סימני האזהרה ברשימה).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Choose Model File</source>
        <translation>בחירת קובץ מודל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dermask models (*.pt);;All files (*)</source>
        <translation>מודלים של Dermask (*.pt);;כל הקבצים (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Predictions will use %1.</source>
        <translation>החיזויים ישתמשו ב-%1.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Prediction is not available in this build. Predictions already in the workspace are shown.</source>
        <translation>חיזוי אינו זמין בגרסה זו. חיזויים שכבר נמצאים בסביבת העבודה מוצגים.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::ProblemsDialog</name>
    <message>
        <location filename="../ui/mainwindow/problemsdialog.cpp" line="+53"/>
        <source>Dataset problems</source>
        <translation>בעיות במערך הנתונים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files in %1 that Dermask could not pair or read. They are listed here and never changed.</source>
        <translation>קבצים ב-%1 ש-Dermask לא הצליח לזווג או לקרוא. הם מוצגים כאן ולעולם אינם משתנים.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>בעיה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mask without an image</source>
        <translation>מסכה ללא תמונה</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n image(s) have no mask; they are in the browser with the status &quot;No mask&quot;.</source>
        <translation>
            <numerusform>לתמונה אחת אין מסכה; היא מופיעה ברשימה עם הסטטוס &quot;ללא מסכה&quot;.</numerusform>
            <numerusform>ל-%n תמונות אין מסכה; הן מופיעות ברשימה עם הסטטוס &quot;ללא מסכה&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dermask::ui::SampleDataset</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/sampledataset.cpp" line="+39"/>
        <source>Generating the sample dataset (%n image(s))…</source>
        <translation>
            <numerusform>יוצר את מערך הדוגמה (תמונה אחת)…</numerusform>
            <numerusform>יוצר את מערך הדוגמה (%n תמונות)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample dataset</source>
        <translation>מערך הדוגמה</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The sample dataset could not be generated.</source>
        <translation>לא ניתן היה ליצור את מערך הדוגמה.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::SampleModel</name>
    <message>
        <location filename="../ui/browser/samplemodel.cpp" line="+151"/>
        <source>Changes not saved yet</source>
        <translation>שינויים שטרם נשמרו</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Image</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>סטטוס</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>אבחנה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncert.</source>
        <translation>אי-ודאות</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agreement of the prediction with the mask (1 = identical). Click to list the largest disagreements first.</source>
        <translation>התאמת החיזוי למסכה (1 = זהים). לחיצה מציגה את אי-ההסכמות הגדולות תחילה.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Dice the model expects to lose on this image: how unsure it is where the border runs (0 = sure, 1 = no lesion found). Click to list the images it most likely got wrong first.</source>
        <translation>ה-Dice שהמודל צפוי להפסיד בתמונה הזו: עד כמה אינו בטוח היכן עובר הגבול (0 = בטוח, 1 = לא נמצא נגע). לחיצה מציגה קודם את התמונות שהמודל כנראה טעה בהן.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::StatusLine</name>
    <message>
        <location filename="../ui/mainwindow/statusline.cpp" line="+50"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>paired</source>
        <comment>dataset layout: images and masks in two folders</comment>
        <translation>זוגות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>images only</source>
        <comment>dataset layout: no masks</comment>
        <translation>תמונות בלבד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <comment>dataset layout</comment>
        <translation>ריק</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 layout</source>
        <comment>dataset layout, e.g. PH2 layout</comment>
        <translation>מבנה %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>תמונה אחת</numerusform>
            <numerusform>%n תמונות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mask(s)</source>
        <translation>
            <numerusform>מסכה אחת</numerusform>
            <numerusform>%n מסכות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>בעיה אחת</numerusform>
            <numerusform>%n בעיות</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not in the filtered list</source>
        <translation>לא ברשימה המסוננת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <comment>position in the image list</comment>
        <translation>%1 מתוך %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Zoom %1 %</source>
        <translation>זום %1%</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>x %1, y %2</source>
        <translation>x %1, y %2</translation>
    </message>
</context>
<context>
    <name>dermask::ui::ToolBox</name>
    <message>
        <location filename="../ui/tools/toolbox.cpp" line="+74"/>
        <source>&amp;Pan/View</source>
        <translation>&amp;הזזה/צפייה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan/View: drag to move the image, wheel to zoom; the mask is not changed. Esc also comes back here</source>
        <translation>הזזה/צפייה: גרירה מזיזה את התמונה, הגלגלת מגדילה ומקטינה; המסכה אינה משתנה. גם Esc חוזר לכאן</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag to move the image, wheel to zoom. To correct the mask pick a tool on the left: B brush, E eraser, L lasso, G fill, C GrabCut, K clicks.</source>
        <translation>גררו כדי להזיז את התמונה, גלגלת לזום. לתיקון המסכה בחרו כלי משמאל: B מכחול, E מחק, L לאסו, G מילוי, C GrabCut, K לחיצות.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Brush</source>
        <translation>&amp;מכחול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush: drag to paint lesion, right-drag to erase; [ and ] or Ctrl+wheel change the size</source>
        <translation>מכחול: גרירה צובעת נגע, גרירה בכפתור הימני מוחקת; ‏[ ו-] או Ctrl+גלגלת משנים את הגודל</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Eraser</source>
        <translation>מ&amp;חק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eraser: drag to erase, right-drag to paint; [ and ] or Ctrl+wheel change the size</source>
        <translation>מחק: גרירה מוחקת, גרירה בכפתור הימני צובעת; ‏[ ו-] או Ctrl+גלגלת משנים את הגודל</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lasso Fill</source>
        <translation>מילוי &amp;לאסו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lasso fill: drag a loop (or click corners) to add it to the mask; right button or Alt subtracts</source>
        <translation>מילוי לאסו: גרירת לולאה (או לחיצה על פינות) מוסיפה את פנימה למסכה; הכפתור הימני או Alt מחסירים</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Flood Fill</source>
        <translation>מילוי &amp;אזור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flood fill: click a region to fill it with lesion, right-click to clear it</source>
        <translation>מילוי אזור: לחיצה על אזור ממלאת אותו בנגע, לחיצה ימנית מנקה אותו</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;GrabCut</source>
        <translation>&amp;GrabCut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GrabCut: drag a box around the lesion; then paint inside with the left (lesion) or right (skin) button to refine</source>
        <translation>GrabCut: גרירת מלבן סביב הנגע; אחר כך ציור בתוכו בכפתור השמאלי (נגע) או הימני (עור) לשיפור</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clic&amp;k to Correct</source>
        <translation>תיקון בלחי&amp;צות</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clicks</source>
        <translation>לחיצות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to correct: left-click lesion, right-click skin, and the click model redraws the mask; Backspace drops the last click</source>
        <translation>תיקון בלחיצות: לחיצה שמאלית על נגע, ימנית על עור, ומודל הלחיצות משרטט מחדש את המסכה; Backspace מבטל את הלחיצה האחרונה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left-click where the lesion is missing, right-click where skin is taken: the click model redraws the mask. To start, you may also drag a box around the lesion. Backspace: drop the last click. Enter: keep.</source>
        <translation>לחיצה שמאלית היכן שחסר נגע, ימנית היכן שנלקח עור: מודל הלחיצות משרטט מחדש את המסכה. להתחלה אפשר גם לגרור מלבן סביב הנגע. Backspace: ביטול הלחיצה האחרונה. Enter: שמירה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prediction &amp;Lasso</source>
        <translation>לאסו &amp;חיזוי</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prediction lasso: the thresholded prediction replaces the mask inside the loop you draw</source>
        <translation>לאסו חיזוי: החיזוי לפי הסף מחליף את המסכה בתוך הלולאה שמציירים</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Pan</source>
        <translation>הזזה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Brush</source>
        <translation>מכחול</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Eraser</source>
        <translation>מחק</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lasso</source>
        <translation>לאסו</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fill</source>
        <translation>מילוי</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GrabCut</source>
        <translation>GrabCut</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pred. lasso</source>
        <translation>לאסו חיזוי</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancel / Pan</source>
        <translation>ביטול / הזזה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a half-drawn lasso or GrabCut box; otherwise back to Pan/View</source>
        <translation>ביטול לאסו או מלבן GrabCut שבאמצע ציור; אחרת חזרה להזזה/צפייה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smaller Brush</source>
        <translation>מכחול קטן יותר</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the brush smaller</source>
        <translation>הקטנת המכחול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bigger Brush</source>
        <translation>מכחול גדול יותר</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make the brush bigger</source>
        <translation>הגדלת המכחול</translation>
    </message>
    <message>
        <source>Drag to move the image, wheel to zoom. To correct the mask pick a tool on the left: B brush, E eraser, L lasso, G fill, C GrabCut.</source>
        <translation type="vanished">גרירה מזיזה את התמונה, הגלגלת מגדילה ומקטינה. לתיקון המסכה יש לבחור כלי בסרגל הכלים: B מכחול, E מחק, L לאסו, G מילוי, C ‏GrabCut.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Drag to paint lesion; right-drag erases. [ ] or Ctrl+wheel: size.</source>
        <translation>גרירה צובעת נגע; גרירה בכפתור הימני מוחקת. ‏[ ] או Ctrl+גלגלת: גודל.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag to erase; right-drag paints. [ ] or Ctrl+wheel: size.</source>
        <translation>גרירה מוחקת; גרירה בכפתור הימני צובעת. ‏[ ] או Ctrl+גלגלת: גודל.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag a loop, or click corners and double-click: the inside becomes lesion. Right button or Alt: background.</source>
        <translation>גרירת לולאה, או לחיצה על פינות ולחיצה כפולה: הפנים הופך לנגע. כפתור ימני או Alt: רקע.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click a region (a hole) to fill it with lesion; right-click clears a region.</source>
        <translation>לחיצה על אזור (חור) ממלאת אותו בנגע; לחיצה ימנית מנקה אזור.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drag a box around the lesion. Then paint inside it: left = surely lesion, right = surely skin. Shift+drag: new box.</source>
        <translation>גרירת מלבן סביב הנגע. אחר כך ציור בתוכו: שמאלי = בוודאי נגע, ימני = בוודאי עור. Shift+גרירה: מלבן חדש.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Draw a loop: inside it the mask becomes the prediction at this threshold (dashed outline). Shift+A takes it everywhere.</source>
        <translation>ציור לולאה: בתוכה המסכה הופכת לחיזוי לפי הסף הזה (קו מקווקו). Shift+A לוקח אותו בכל התמונה.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+13"/>
        <source>Tools</source>
        <translation>כלים</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Dropped.</source>
        <translation>בוטל.</translation>
    </message>
</context>
<context>
    <name>dermask::ui::ToolOptionsBar</name>
    <message>
        <location filename="../ui/tools/tooloptionsbar.cpp" line="+100"/>
        <source> px</source>
        <translation> פיקסלים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush diameter in image pixels ([ and ] or Ctrl+wheel)</source>
        <translation>קוטר המכחול בפיקסלים של התמונה (‏[ ו-] או Ctrl+גלגלת)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size:</source>
        <translation>גודל:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability from which the prediction counts as lesion</source>
        <translation>ההסתברות שממנה החיזוי נחשב נגע</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold:</source>
        <translation>סף:</translation>
    </message>
</context>
<context>
    <name>dermask::ui::TrainingChart</name>
    <message>
        <location filename="../ui/training/trainingchart.cpp" line="+81"/>
        <source>Training loss</source>
        <translation>הפסד האימון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation Dice</source>
        <translation>ה-Dice באימות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epoch</source>
        <translation>אפוק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>הפסד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean training loss and validation Dice after each epoch</source>
        <translation>ממוצע הפסד האימון ו-Dice של האימות בסוף כל אפוק</translation>
    </message>
</context>
<context>
    <name>dermask::ui::TrainingDock</name>
    <message>
        <location filename="../ui/training/trainingdock.cpp" line="+67"/>
        <source>Training</source>
        <translation>אימון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Training Panel</source>
        <translation>&amp;לוח האימון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train a network on your masks, or fine-tune the active model (Ctrl+T)</source>
        <translation>אימון רשת על המסכות שלך, או כוונון עדין של המודל הפעיל (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>אימון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start Training</source>
        <translation>&amp;התחלת אימון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start training with the settings of the Training panel</source>
        <translation>התחלת אימון לפי ההגדרות בלוח האימון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sto&amp;p Training</source>
        <translation>&amp;עצירת האימון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current batch and keep the best model so far</source>
        <translation>עצירה אחרי האצווה הנוכחית ושמירת המודל הטוב ביותר עד כה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Train</source>
        <translation>&amp;אימון</translation>
    </message>
</context>
<context>
    <name>dermask::ui::TrainingPanel</name>
    <message>
        <location filename="../ui/training/trainingpanel.cpp" line="+133"/>
        <source>The network to train from scratch; the first is the fastest on a CPU</source>
        <translation>הרשת לאימון מאפס; הראשונה ברשימה היא המהירה ביותר על מעבד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network:</source>
        <translation>&amp;רשת:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> דק׳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training stops within this time and keeps its best model</source>
        <translation>האימון נעצר בתוך הזמן הזה ושומר את המודל הטוב ביותר שלו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time budget:</source>
        <translation>&amp;מגבלת זמן:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active model:</source>
        <translation>מודל פעיל:</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>&amp;Fine-tune the active model</source>
        <translation>&amp;כוונון עדין של המודל הפעיל</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>&amp;Start</source>
        <translation>&amp;התחלה</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Segmentation</source>
        <translation>סגמנטציה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click correction (tool K)</source>
        <translation>תיקון בלחיצות (כלי K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A segmentation model draws masks by itself; a click model redraws a mask around your lesion and skin clicks (the K tool)</source>
        <translation>מודל סגמנטציה משרטט מסכות בעצמו; מודל לחיצות משרטט מחדש מסכה סביב לחיצות הנגע והעור שלכם (כלי K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Model:</source>
        <translation>&amp;מודל:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Train on every image with a mask, in the background</source>
        <translation>אימון על כל תמונה שיש לה מסכה, ברקע</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sto&amp;p</source>
        <translation>&amp;עצירה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current batch and keep the best model so far</source>
        <translation>עצירה אחרי האצווה הנוכחית ושמירת המודל הטוב ביותר עד כה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss:</source>
        <translation>הפסד:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validation Dice:</source>
        <translation>ה-Dice באימות:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speed:</source>
        <translation>מהירות:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time left:</source>
        <translation>זמן שנותר:</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&amp;Fine-tune the newest click model</source>
        <translation>&amp;כוונון עדין של מודל הלחיצות החדש ביותר</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n image(s) with a mask.</source>
        <translation>
            <numerusform>תמונה אחת עם מסכה.</numerusform>
            <numerusform>%n תמונות עם מסכה.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 images with a mask: %2 to learn from, %3 to validate on.</source>
        <translation>%1 תמונות עם מסכה: %2 ללמידה, %3 לאימות.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n correction(s) enter the next epoch.</source>
        <translation>
            <numerusform>תיקון אחד ייכנס לאפוק הבא.</numerusform>
            <numerusform>%n תיקונים ייכנסו לאפוק הבא.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (Dice %2)</source>
        <translation>%1 (Dice %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from the active model&apos;s weights instead of from scratch: quicker, and keeps what it learnt</source>
        <translation>התחלה מהמשקלות של המודל הפעיל במקום מאפס: מהיר יותר, ושומר את מה שכבר נלמד</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The active model is not a Dermask model and cannot be fine-tuned</source>
        <translation>המודל הפעיל אינו מודל של Dermask ולא ניתן לכוונן אותו</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>עדיין אין</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no active model yet: train one first</source>
        <translation>עדיין אין מודל פעיל: יש לאמן מודל תחילה</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Reading %n image(s)…</source>
        <translation>
            <numerusform>קריאת תמונה אחת…</numerusform>
            <numerusform>קריאת %n תמונות…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping: saving the best model…</source>
        <translation>עצירה: שמירת המודל הטוב ביותר…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comparing the new model with the active one on the validation images…</source>
        <translation>השוואת המודל החדש למודל הפעיל על תמונות האימות…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Training %1…</source>
        <translation>אימון %1…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Not training.</source>
        <translation>אין אימון פעיל.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Epoch %1 of %2, batch %3 of %4</source>
        <translation>אפוק %1 מתוך %2, אצווה %3 מתוך %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epoch %1, batch %2 of %3</source>
        <translation>אפוק %1, אצווה %2 מתוך %3</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>after the first epoch</source>
        <translation>אחרי האפוק הראשון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (best %2, epoch %3)</source>
        <translation>%1 (הטוב ביותר %2, אפוק %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 images/s</source>
        <translation>%1 תמונות/שנ׳</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>estimating…</source>
        <translation>בהערכה…</translation>
    </message>
</context>
<context>
    <name>dermask::ui::WelcomePage</name>
    <message>
        <location filename="../ui/mainwindow/welcomepage.cpp" line="+95"/>
        <source>Dermask</source>
        <translation>Dermask</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse dermoscopy datasets, find the images where masks and predictions disagree, and correct the masks with the brush, lasso, fill and GrabCut tools. Every correction is saved by itself.</source>
        <translation>עיון במערכי נתונים של דרמוסקופיה, איתור התמונות שבהן המסכות והחיזויים אינם מסכימים, ותיקון המסכות בכלי המכחול, הלאסו, המילוי ו-GrabCut. כל תיקון נשמר מעצמו.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Dataset Folder…</source>
        <translation>פתיחת תיקיית מערך נתונים…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Sample Dataset</source>
        <translation>פתיחת מערך הדוגמה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 synthetic images with exact masks, generated on first use</source>
        <translation>24 תמונות סינתטיות עם מסכות מדויקות, נוצרות בשימוש הראשון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised layouts: PH2, ISIC (images with _segmentation masks), images/ + masks/ folders, or any folder of images. You can also drop a folder on this window.</source>
        <translation>מבנים מוכרים: PH2, ISIC (תמונות עם מסכות ‎_segmentation‎), תיקיות ‎images/‎ + ‎masks/‎, או כל תיקייה של תמונות. אפשר גם לגרור תיקייה אל החלון.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent datasets</source>
        <translation>מערכי נתונים אחרונים</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+53"/>
        <source>Dermask</source>
        <translation>Dermask</translation>
    </message>
</context>
</TS>
