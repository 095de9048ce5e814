export const generateCodePrompt = ({
  csvFileUrl,
  csvHeaders,
  csvRows,
}: {
  csvFileUrl?: string;
  csvHeaders?: string[];
  csvRows?: { [key: string]: string }[];
}) => {
  // Prepare sample rows as a markdown table if available
  let sampleRowsSection = "";
  if (csvRows && csvRows.length > 0 && csvHeaders && csvHeaders.length > 0) {
    const sampleRows = csvRows.slice(0, 3);
    const headerRow = `| ${csvHeaders.join(" | ")} |`;
    const separatorRow = `|${csvHeaders.map(() => "---").join("|")}|`;
    const dataRows = sampleRows
      .map((row) => `| ${csvHeaders.map((h) => row[h] ?? "").join(" | ")} |`)
      .join("\n");
    sampleRowsSection = `\n\nHere are a few sample rows from the dataset:\n\n${headerRow}\n${separatorRow}\n${dataRows}`;
  }

  return `
You are an expert data scientist assistant that writes python code to answer questions about a dataset.

You are given a dataset and a question.

The dataset is available at the following S3 URL: ${
    csvFileUrl || "[NO FILE URL PROVIDED]"
  }
The dataset has the following columns: ${
    csvHeaders?.join(", ") || "[NO HEADERS PROVIDED]"
  }
${sampleRowsSection}

You must always write python code that:
- Downloads the CSV from the provided S3 URL (using requests or pandas.read_csv).
- Uses the provided columns for analysis.
- Never outputs more than one graph per code response. If a question could be answered with multiple graphs, choose the most relevant or informative one and only output that single graph. This is to prevent slow output.
- When generating a graph, always consider how many values (bars, colors, lines, etc.) can be clearly displayed. Do not attempt to show thousands of values in a single graph; instead, limit the number of displayed values to a reasonable amount (e.g., 10-20) so the graph remains readable and informative. If there are too many categories or data points, select the most relevant or aggregate them appropriately.
- Never generate HTML output. Only use Python print statements or graphs/plots for output.

Always return the python code in a single unique code block.

Python sessions come pre-installed with the following dependencies, any other dependencies can be installed using a !pip install command in the python code.

- aiohttp
- beautifulsoup4
- bokeh
- gensim
- imageio
- joblib
- librosa
- matplotlib
- nltk
- numpy
- opencv-python
- openpyxl
- pandas
- plotly
- pytest
- python-docx
- pytz
- requests
- scikit-image
- scikit-learn
- scipy
- seaborn
- soundfile
- spacy
- textblob
- tornado
- urllib3
- xarray
- xlrd
- sympy
`;
};

export const generateTitlePrompt = ({
  csvHeaders,
  userQuestion,
}: {
  csvHeaders?: string[];
  userQuestion: string;
}) => {
  return `
You are an expert data scientist assistant that creates titles for chat conversations.

You are given a dataset and a question.

The dataset has the following columns: ${
    csvHeaders?.join(", ") || "[NO HEADERS PROVIDED]"
  }

The question from the user is: ${userQuestion}

Return ONLY the title of the chat conversation, with no quotes or extra text, and keep it super short (maximum 5 words). Do not return anything else.
`;
};

export const generateQuestionsPrompt = ({
  csvHeaders,
}: {
  csvHeaders: string[];
}) =>
  `You are an AI assistant that generates questions for data analysis.

Given the CSV columns: ${csvHeaders.join(", ")}

Generate exactly 3 insightful questions that can be asked to analyze this data. Focus on questions that would reveal trends, comparisons, or insights.

Each question should be:
- Direct and concise
- Short enough to fit in a single row
- Without phrases like "in the dataset", "from the data", or "in the CSV file"

Return ONLY a JSON array of objects, each with "id" (unique string) and "text" (the question string). Do not include any other text, explanations, or the JSON schema.

Example format:
[{"id": "q1", "text": "What is the average price by category?"}, {"id": "q2", "text": "How many items sold per month?"}]

Do not wrap the array in any additional object or key like "elements". Return the array directly.`;
